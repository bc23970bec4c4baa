import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../src/core/logger.ts';
import type { SeenRequestStore } from '../../src/state/seen-request-store.ts';

export interface SlackRequestGuardOptions {
  signingSecret: string;
  /** The path Bolt serves events on, e.g. /slack/events. */
  endpoint: string;
  seen: SeenRequestStore;
  logger: Logger;
  /** The largest body read, in bytes. */
  bodyLimit: number;
  /** How long a handled request's signature is remembered. */
  memoryMs: number;
}

/**
 * Stands in front of Bolt's HTTP receiver for the events endpoint. It reads the body once (bounded), then
 * - refuses with 400 a body that is valid JSON but not an object (`null`, `1`, `[]`), which Bolt would
 *   otherwise dereference outside its own error handling;
 * - answers a replayed signed request (the same signature again: same body, same timestamp) with an empty
 *   200 and does nothing else, remembering signatures durably across restarts.
 * Everything else goes to Bolt unchanged, already buffered (Bolt reuses a request's `rawBody`), and Bolt
 * still checks the signature and the timestamp itself.
 */
export function guardSlackRequests(next: RequestListener, options: SlackRequestGuardOptions): RequestListener {
  const { endpoint, logger } = options;
  return (req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      pathname = '';
    }
    if (req.method !== 'POST' || pathname !== endpoint) {
      next(req, res);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'slack request guard failed');
      if (!res.headersSent) answer(res, 500);
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req, options.bodyLimit);
    if (!raw) {
      logger.warn({ limit: options.bodyLimit }, 'refused a Slack request larger than the limit');
      return answer(res, 413);
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    const body = parseBody(raw.toString('utf8'), req.headers['content-type']);
    if (body.ok && (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value))) {
      logger.warn('refused a Slack request whose body is not an object');
      return answer(res, 400);
    }
    // Bolt refuses timestamps more than five minutes old but not ones from the future, which would let a
    // request signed ahead of time be replayed later: refuse those the same way.
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp * 1000 > Date.now() + FIVE_MINUTES_MS) {
      logger.warn('refused a Slack request stamped in the future');
      return answer(res, 401);
    }
    const signature = signedBy(req, raw, options.signingSecret);
    if (signature && !(await options.seen.firstTime(`slack-signature:${signature}`, options.memoryMs))) {
      logger.info('ignored a replayed Slack request');
      return answer(res, 200);
    }
    next(req, res);
  }
}

/** Slack's own tolerance for clock differences. */
const FIVE_MINUTES_MS = 5 * 60 * 1_000;

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/** The body, or undefined when it is larger than `limit` (the rest is drained unread). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as Bolt will read it: JSON, or a form whose `payload` field is JSON. */
function parseBody(text: string, contentType: string | undefined): { ok: true; value: unknown } | { ok: false } {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      return { ok: true, value: typeof form.payload === 'string' ? JSON.parse(form.payload) : form };
    }
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false }; // Bolt answers unparsable bodies itself.
  }
}

/** The request's signature when it is valid for this body and secret (the timestamp is Bolt's to judge). */
function signedBy(req: IncomingMessage, raw: Buffer, secret: string): string | undefined {
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return undefined;
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? signature : undefined;
}
