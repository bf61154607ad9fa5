/** `brink schema`: print (or write) the JSON Schema of scenario files. */
import type { Argv, CommandModule } from 'yargs';
import { writeFileAtomically } from '../../report/atomicFolder.js';
import { scenarioJsonSchemaText } from '../../scenarios/index.js';
import type { Io } from '../io.js';

interface SchemaArgs {
  out?: string;
}

export function schemaCommand(io: Io): CommandModule<object, SchemaArgs> {
  return {
    command: 'schema',
    describe: 'print the JSON Schema of scenario files (for editors)',
    builder: (argv: Argv) =>
      argv
        .option('out', { type: 'string', describe: 'write it to this file instead of stdout' })
        .example('$0 schema --out schema/scenario.schema.json', 'refresh the checked-in schema') as unknown as Argv<SchemaArgs>,
    handler: (args) => {
      const text = scenarioJsonSchemaText();
      if (args.out === undefined) io.stdout(text);
      else writeFileAtomically(args.out, text);
    },
  };
}
