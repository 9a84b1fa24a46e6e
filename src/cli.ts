#!/usr/bin/env node
/**
 * zhenjie's command line. The only module that exits the process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/index.ts';
import { EXIT, UserError, type CommandIO } from './commands/command.ts';

const io: CommandIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'zhenjie: a knowledge graph of officials, streets, projects, enterprises and programs from Chinese local-government news',
    '',
    'usage: zhenjie <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'zhenjie <command> --help for a command\'s options; zhenjie --version for the version.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const command = COMMANDS.find((c) => c.name === name)!;
  const lines = [`usage: ${command.usage}`, '', command.summary, ''];
  for (const [key, spec] of Object.entries(command.options)) {
    const flag = `--${key}${spec.short ? `, -${spec.short}` : ''}${spec.type === 'string' ? ' <value>' : ''}`;
    const dflt = spec.default !== undefined ? ` (default: ${spec.default})` : '';
    lines.push(`  ${flag.padEnd(26)} ${spec.help}${dflt}`);
  }
  return lines.join('\n');
}

/** The version in package.json, the one place it is written. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`zhenjie ${version()}`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`zhenjie: unknown command '${name}'\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(name));
    return EXIT.ok;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`zhenjie ${name}: ${(error as Error).message}\n\n${commandHelp(name)}`);
    return EXIT.usage;
  }
  return command.run(parsed.positionals, parsed.values as Record<string, string | boolean | string[] | undefined>, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      io.err(`zhenjie: ${error.message}`);
      process.exit(error.exitCode);
    }
    io.err(`zhenjie: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(EXIT.failed);
  },
);
