/**
 * `brink completion`: prints the shell completion script yargs generates (bash; zsh when $SHELL
 * names zsh). A command module of its own rather than yargs' built-in `completion` command,
 * which answers even `--help` with the script; yargs' completion is registered under another,
 * hidden name only to answer the script's `--get-yargs-completions` queries.
 */
import type { Argv, CommandModule } from 'yargs';

/** The hidden name main.ts registers yargs' completion under. */
export const YARGS_COMPLETION_COMMAND = 'completion-script';

export function completionCommand(showCompletionScript: () => void): CommandModule<object, object> {
  return {
    command: 'completion',
    describe: "print a shell completion script for brink's commands and options (bash; zsh when $SHELL is zsh)",
    builder: (argv: Argv) =>
      argv
        .example('$0 completion >> ~/.bashrc', 'complete brink commands and options in new bash shells')
        .example('source <($0 completion)', 'try it in this shell only'),
    handler: () => {
      // yargs prints the script itself (console.log), as it prints help and --version.
      showCompletionScript();
    },
  };
}
