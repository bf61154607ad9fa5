/** `brink explore [scenario]`: the model live in the browser, in one offline HTML page. */
import { relative } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { bundledScenarioFile } from '../../scenarios/packageFiles.js';
import type { Io } from '../io.js';
import { parseWhole } from '../options.js';
import { printResult, withPreamble } from '../preamble.js';

interface ExploreArgs {
  scenario?: string;
  seed?: string;
  set?: string | string[];
  days?: string;
  'run-index'?: string;
  out: string;
  serve: boolean;
  port?: string;
  json: boolean;
  quiet: boolean;
}

/** The scenario a bare `brink explore` opens: the bundled case, named as the user would type it. */
function defaultScenario(): string {
  return relative(process.cwd(), bundledScenarioFile('durand-line-2025'));
}

export function exploreCommand(io: Io): CommandModule<object, ExploreArgs> {
  return {
    command: 'explore [scenario]',
    describe: 'the model live in the browser: one offline HTML page running the same runs as the CLI',
    builder: (argv: Argv) =>
      argv
        .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON); default: the bundled durand-line-2025' })
        .option('seed', { type: 'string', describe: "seed the page opens with (default: the scenario's)" })
        .option('set', { type: 'string', describe: 'override a parameter: path=value (repeatable)', requiresArg: true })
        .option('days', { type: 'string', describe: 'horizon in days, overriding the scenario', requiresArg: true })
        .option('run-index', { type: 'string', describe: 'the run the page opens on', default: '0' })
        .option('out', { type: 'string', default: 'reports', describe: 'root folder: the page goes to <out>/explore/<scenario>.html' })
        .option('serve', { type: 'boolean', default: false, describe: 'serve the page on 127.0.0.1 instead of writing it' })
        .option('port', { type: 'string', describe: 'port for --serve (default: a free one)', requiresArg: true })
        .option('json', { type: 'boolean', default: false, describe: 'print a machine-readable summary on stdout' })
        .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors (and --json)' })
        .example('$0 explore scenarios/durand-line-2025.yaml', 'write the page; open it in a browser (no server needed)')
        .example('$0 explore scenarios/durand-line-2025.yaml --serve --port 8080', 'serve it at http://127.0.0.1:8080/') as unknown as Argv<ExploreArgs>,
    handler: async (args) => {
      // Loaded when used: the bundler, the page and the server stay out of every other command's startup.
      const [{ explorePage, explorePipeline }, { servePage }] = await Promise.all([import('../../commands/explore/pipeline.js'), import('../../commands/explore/serve.js')]);
      const runIndex = parseWhole('--run-index', args['run-index'], 0, Number.MAX_SAFE_INTEGER) ?? 0;
      const port = parseWhole('--port', args.port, 0, 65_535) ?? 0;
      const scenario = args.scenario ?? defaultScenario();
      if (args.serve) {
        const page = await withPreamble(io, { ...args, charts: true, 'overwrite-index': false }, (common) => explorePage({ ...common, scenario, runIndex }));
        const served = await servePage(page.html, port);
        printResult(io, args, () => ({ url: served.url, scenario: page.scenario.info.name, seed: page.seed }), () => `serving ${served.url} (Ctrl-C stops)\n`);
        // Serves until the process is interrupted (the CLI's signal handling ends it).
        await new Promise<never>(() => undefined);
      }
      const written = await withPreamble(io, { ...args, charts: true, 'overwrite-index': false }, (common) => explorePipeline({ ...common, scenario, runIndex }));
      printResult(
        io,
        args,
        () => ({ file: written.file, scenario: written.scenario.info.name, seed: written.seed, bytes: Buffer.byteLength(written.html) }),
        () => `${written.file}\n`,
      );
    },
  };
}
