/**
 * The Neo4j connection, from the environment: NEO4J_URI (default bolt://127.0.0.1:7687; bolt://,
 * neo4j:// routing and their +s/+ssc TLS forms for clusters and Aura), NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE. No user and no password means no auth token (the embedded
 * launcher has no auth). Credentials are never printed: messages name the URI and the user only.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';
const SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export const ConnectionConfig = z
  .object({
    uri: z
      .string()
      .default(DEFAULT_URI)
      .refine((uri) => SCHEMES.includes(uri.split('://')[0] ?? ''), {
        message: `NEO4J_URI must start with one of ${SCHEMES.map((s) => s + '://').join(', ')}`,
      }),
    user: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    database: z.string().min(1).optional(),
    /** How long executeRead/executeWrite retry transient failures (ms). */
    // The driver retries transient failures (a restarting server, a leader change) for this long, then gives up.
    maxRetryTimeMs: z.number().int().nonnegative().default(10_000),
  })
  .refine((c) => (c.user === undefined) === (c.password === undefined), {
    message: 'set both NEO4J_USER and NEO4J_PASSWORD, or neither (no auth)',
  });
export type ConnectionConfig = z.infer<typeof ConnectionConfig>;

/** An open driver plus the database every session uses. */
export interface Connection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
  uri: string;
  close(): Promise<void>;
}

/** Neo4j cannot be reached or refuses us: the message says what to do. */
export class Neo4jUnavailableError extends Error {
  constructor(message: string, readonly uri: string) {
    super(message);
    this.name = 'Neo4jUnavailableError';
  }
}

/** Reads NEO4J_* from an environment (process.env by default); empty values count as unset. */
export function connectionConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionConfig {
  const value = (key: string) => (env[key] && env[key]!.trim() !== '' ? env[key]!.trim() : undefined);
  const parsed = ConnectionConfig.safeParse({
    uri: value('NEO4J_URI'),
    user: value('NEO4J_USER') ?? value('NEO4J_USERNAME'),
    password: value('NEO4J_PASSWORD'),
    database: value('NEO4J_DATABASE'),
  });
  if (!parsed.success) {
    throw new Neo4jUnavailableError(
      `Neo4j settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      value('NEO4J_URI') ?? DEFAULT_URI,
    );
  }
  return parsed.data;
}

/** How to get a Neo4j, for messages. */
export function howToStart(uri: string): string {
  return (
    `Neo4j does not answer at ${uri}. Start one with \`npm run neo4j\` (embedded, no Docker; ` +
    '`bash neo4j/start-background.sh` for the background) or `docker compose up -d`, ' +
    'or point NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) at yours.'
  );
}

/** Turns driver failures into messages a user can act on; other errors pass through. */
export function explainNeo4jError(error: unknown, config: Pick<ConnectionConfig, 'uri' | 'user' | 'database'>): Error {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  const text = e?.message ?? String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|Could not perform discovery/i.test(text)) {
    return new Neo4jUnavailableError(`${howToStart(config.uri)} (${text.split('\n')[0]})`, config.uri);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const who = config.user ? `user '${config.user}'` : 'no credentials';
    return new Neo4jUnavailableError(
      `Neo4j at ${config.uri} refused ${who}: check NEO4J_USER and NEO4J_PASSWORD (the embedded launcher needs neither).`,
      config.uri,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jUnavailableError(`Neo4j at ${config.uri} has no database '${config.database}' (NEO4J_DATABASE).`, config.uri);
  }
  return error instanceof Error ? error : new Error(text);
}

/**
 * Opens a driver from `config` (default: the environment) and checks that the server answers.
 * Throws Neo4jUnavailableError with a message naming the URI and how to start Neo4j.
 */
export async function openConnection(config: Partial<ConnectionConfig> = {}): Promise<Connection> {
  const resolved = ConnectionConfig.parse({ ...connectionConfigFromEnv(), ...stripUndefined(config) });
  const auth = resolved.user && resolved.password ? neo4j.auth.basic(resolved.user, resolved.password) : undefined;
  const driver = neo4j.driver(resolved.uri, auth, {
    disableLosslessIntegers: true, // counts and offsets are small: plain JS numbers
    maxTransactionRetryTime: resolved.maxRetryTimeMs,
    // A server that is gone is said to be gone in seconds (a killed Neo4j made ingest wait 72 s).
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'zhenjie',
  });
  try {
    await driver.verifyConnectivity({ database: resolved.database });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw explainNeo4jError(error, resolved);
  }
  return {
    driver,
    database: resolved.database,
    uri: resolved.uri,
    close: () => driver.close(),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
