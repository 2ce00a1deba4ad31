// `claimlens` command-line front end over the same core as the extension.
import * as path from 'node:path';
import { runDetect } from './commands/detect';
import { nodeDetectIo } from './commands/detectIo';
import { runExport } from './commands/export';
import { nodeExportIo } from './commands/exportIo';
import { runKb } from './commands/kb';
import { nodeKbIo } from './commands/kbIo';

const USAGE = `usage: claimlens <command> [options]

commands:
  detect FILE... [--format json|jsonl|text]   entities and numeric claims
  kb lookup NAME | kb show ID                  knowledge-base entries
  export [--format json|w3c|csv|md] [--out FILE] [WORKSPACE_DIR]
`;

function main(argv: readonly string[]): number {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  // The bundle runs as dist/cli.js; the KB ships next to it in media/.
  if (command === 'detect') return runDetect(argv.slice(1), nodeDetectIo(path.join(__dirname, '..', 'media', 'kb', 'kb.json')));
  if (command === 'kb') return runKb(argv.slice(1), nodeKbIo(path.join(__dirname, '..', 'media', 'kb', 'kb.json')));
  if (command === 'export') {
    // Asynchronous (it reads many files); the exit code is set when it finishes.
    void runExport(argv.slice(1), nodeExportIo(path.join(__dirname, '..', 'media', 'kb', 'kb.json'))).then((code) => {
      process.exitCode = code;
    });
    return 0;
  }
  process.stderr.write(`claimlens: unknown command '${command}'\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
