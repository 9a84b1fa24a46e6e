import type { Command } from './command.ts';
import { extractCommand } from './extract.ts';
import { exportCommand } from './export.ts';
import { serveCommand } from './serve.ts';
import { schemaCommand } from './schema.ts';
import { ingestCommand } from './ingest.ts';
import { removeCommand } from './remove.ts';
import { queryCommand } from './query.ts';
import { cypherCommand } from './cypher.ts';
import { askCommand } from './ask.ts';

/** The registry of CLI commands; add a command by adding its file and a line here. */
export const COMMANDS: Command[] = [extractCommand, exportCommand, serveCommand, schemaCommand, ingestCommand, removeCommand, queryCommand, cypherCommand, askCommand];
