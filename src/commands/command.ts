/**
 * A CLI command: one file per command under src/commands/, listed in ./index.ts.
 * Commands return an exit code; only src/cli.ts calls process.exit.
 */
export interface CommandIO {
  /** The data a command produces (JSON, tables): stdout. */
  out: (text: string) => void;
  /** Logs, progress and warnings: stderr. */
  err: (text: string) => void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  default?: string | boolean;
  help: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run(
    positionals: string[],
    values: Record<string, string | boolean | string[] | undefined>,
    io: CommandIO,
  ): Promise<number>;
}

/** Exit codes, one per kind of failure (as TypeDoc does per stage). */
export const EXIT = { ok: 0, failed: 1, usage: 2, input: 3, database: 4 } as const;

/** A failure the user can fix (bad input, unreachable service): printed without a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
