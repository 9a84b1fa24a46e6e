/**
 * Options of the viewer server, declared once: type, default and validation.
 */
import { z } from 'zod';

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 5178,
  /** The pipeline's export: what "the latest export" means when no --graph is given. */
  graphPath: 'out/kg.json',
  /** The built viewer bundle. */
  viewerDist: 'viewer/dist',
  /** How long to wait for Neo4j before falling back to the export. */
  neo4jTimeoutMs: 2500,
} as const;

export const ServeOptions = z.object({
  host: z.string().min(1).default(DEFAULTS.host),
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULTS.port),
  viewerDist: z.string().default(DEFAULTS.viewerDist),
  /** false: never try Neo4j (tests, benches, `--no-neo4j`). */
  useNeo4j: z.boolean().default(true),
});
export type ServeOptions = z.input<typeof ServeOptions>;
export type ResolvedServeOptions = z.output<typeof ServeOptions>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True when the host only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
