import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '../../src/core/logger.ts';
import type { RequestTurns } from './request-turns.ts';
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
  /** Turns of the event loop that requests take their work in (adapters/slack/request-turns.ts). */
  turns?: RequestTurns;
}

/**
 * Stands in front of Bolt's HTTP receiver for the events endpoint, and is the one place a request's signature
 * is checked (Bolt's own check is switched off: the signature cost two HMACs and a random key per request).
 * It reads the body once (bounded), then
 * - refuses with 401 a request whose signature is missing or wrong for this body, or whose timestamp is more
 *   than five minutes from now either way (Bolt refused only old ones; one from the future could be signed
 *   ahead of time and replayed later), except Slack's unsigned `ssl_check`, answered 200 here;
 * - refuses with 400 a body that is valid JSON but not an object (`null`, `1`, `[]`), which Bolt would
 *   otherwise dereference outside its own error handling;
 * - answers a replayed signed request (the same signature again: same body, same timestamp) with an empty
 *   200 and does nothing else, remembering signatures durably across restarts.
 * Everything else goes to Bolt unchanged, already buffered (Bolt reuses a request's `rawBody`).
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
    await options.turns?.enter();
    const signature = signedBy(req, raw, options.signingSecret);
    if (!signature) {
      // Slack's certificate check comes unsigned and carries nothing to act on: answered, and never passed on.
      if (isSslCheck(raw, req.headers['content-type'])) return answer(res, 200);
      logger.warn('refused a Slack request without a valid signature or with a timestamp more than five minutes off');
      return answer(res, 401);
    }
    if (!isObjectBody(raw, req.headers['content-type'])) {
      logger.warn('refused a Slack request whose body is not an object');
      return answer(res, 400);
    }
    if (!(await options.seen.firstTime(`slack-signature:${signature}`, options.memoryMs))) {
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

/**
 * False for a body that parses (as Bolt will read it: JSON, or a form whose `payload` field is JSON) to
 * something other than an object. A JSON body opening with `{` and a form without `payload` can only be
 * objects, so the common requests are not parsed twice; a body that does not parse is Bolt's to refuse.
 */
function isObjectBody(raw: Buffer, contentType: string | undefined): boolean {
  const text = raw.toString('utf8');
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      if (!text.includes('payload=')) return true;
      const { payload } = parseQuery(text);
      return typeof payload !== 'string' || isObject(JSON.parse(payload));
    }
    return text.trimStart().startsWith('{') || isObject(JSON.parse(text));
  } catch {
    return true;
  }
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Slack's `ssl_check=1` form, which it sends unsigned. */
function isSslCheck(raw: Buffer, contentType: string | undefined): boolean {
  return contentType === 'application/x-www-form-urlencoded' && parseQuery(raw.toString('utf8')).ssl_check === '1';
}

/**
 * The request's signature when it is valid for this body and secret and its timestamp is within Slack's five
 * minutes of now, either way.
 */
function signedBy(req: IncomingMessage, raw: Buffer, secret: string): string | undefined {
  const signature = req.headers['x-slack-signature'];
  const timestamp = req.headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return undefined;
  const seconds = Number(timestamp);
  if (!Number.isFinite(seconds) || Math.abs(seconds * 1000 - Date.now()) > FIVE_MINUTES_MS) return undefined;
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? signature : undefined;
}
