// What every `claimlens` subcommand does before its real work: `--help`
// prints its usage (exit 0), arguments it cannot parse print the reason and
// the usage (exit 2), anything else goes on to the command.

export interface ConsoleIo {
  stdout(chunk: string): void;
  stderr(line: string): void;
}

/** The parsed arguments, or the exit code the command must return at once. */
export type CommandArgs<T> = { readonly args: T } | { readonly exit: number };

/**
 * `parse` returns the arguments or a one-line reason; `name` is how the
 * command calls itself in messages ("detect", "kb", "export").
 */
export function readCommandArgs<T>(
  argv: readonly string[],
  command: { readonly name: string; readonly usage: string; readonly parse: (argv: readonly string[]) => T | string },
  io: ConsoleIo,
): CommandArgs<T> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(command.usage);
    return { exit: 0 };
  }
  const args = command.parse(argv);
  if (typeof args === 'string') {
    io.stderr(`claimlens ${command.name}: ${args}\n${command.usage}`);
    return { exit: 2 };
  }
  return { args };
}
