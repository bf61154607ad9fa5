/** `brink schema`: print (or write) the JSON Schema of scenario files, or their Markdown reference. */
import type { Argv, CommandModule } from 'yargs';
import { writeFileAtomically } from '../../report/atomicFolder.js';
import { scenarioJsonSchemaText, scenarioReferenceMarkdown } from '../../scenarios/index.js';
import type { Io } from '../io.js';

interface SchemaArgs {
  out?: string;
  reference: boolean;
}

export function schemaCommand(io: Io): CommandModule<object, SchemaArgs> {
  return {
    command: 'schema',
    describe: 'print the JSON Schema of scenario files (for editors), or their reference in Markdown',
    builder: (argv: Argv) =>
      argv
        .option('reference', { type: 'boolean', default: false, describe: 'the Markdown reference of every field instead (docs/scenario-reference.md)' })
        .option('out', { type: 'string', describe: 'write it to this file instead of stdout' })
        .example('$0 schema --out schema/scenario.schema.json', 'refresh the checked-in schema (npm run schema)')
        .example('$0 schema --reference --out docs/scenario-reference.md', 'refresh the scenario reference (npm run docs)') as unknown as Argv<SchemaArgs>,
    handler: (args) => {
      const text = args.reference ? scenarioReferenceMarkdown() : scenarioJsonSchemaText();
      if (args.out === undefined) io.stdout(text);
      else writeFileAtomically(args.out, text);
    },
  };
}
