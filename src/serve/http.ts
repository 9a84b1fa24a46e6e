/**
 * Small HTTP helpers over node:http: JSON replies, errors with a message, bounded request bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodError } from 'zod';

/** An error with an HTTP status; its message is what the client reads. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A body already serialised (cached JSON of a big graph): sent as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = body instanceof RawJson ? body.text : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message, status });
}

/** "limit: Too big: expected number to be <=100; q: Required" */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

/**
 * Sent with every answer: no script but our own files, no framing, no sniffing, no referrer. The
 * page sets styles from script and runs ForceAtlas2 in a worker made from a blob.
 */
export const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  [
    'content-security-policy',
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  ],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
];

/**
 * A POST may change what the server does (run a query, hold the database busy): only JSON, and
 * only from our own page. A browser sends Sec-Fetch-Site and Origin on a cross-site request, and
 * cannot send `application/json` across sites without asking first (CORS preflight, which we never
 * grant); a tool (curl, the CLI) sends neither header and is let through.
 */
export function checkPost(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, `POST needs Content-Type: application/json (got ${type || 'none'})`);
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, `cross-site request refused (Sec-Fetch-Site: ${site})`);
  const origin = req.headers.origin;
  if (origin !== undefined && originHost(origin) !== req.headers.host) {
    throw new HttpError(403, `request from origin '${origin}' refused: this server answers its own page only`);
  }
}

/** The host of an Origin header, or null for an opaque ('null') or malformed one. */
function originHost(origin: string): string | null {
  try {
    return origin === 'null' ? null : new URL(origin).host;
  } catch {
    return null;
  }
}

const MAX_BODY_BYTES = 64 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}
