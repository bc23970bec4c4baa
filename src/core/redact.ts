import pino from 'pino';

/**
 * What must never reach a log: platform tokens, and URLs that carry them (a Discord interaction or webhook
 * URL holds the interaction's token; a Slack response_url is a credential too).
 */
const SECRETS: readonly [RegExp, string][] = [
  // URLs: keep the host (useful to see which service failed), drop the path and query.
  [/\b(https?|wss?):\/\/([^\s/"'?#]+)[^\s"')]*/gi, '$1://$2/[path redacted]'],
  // Discord bot tokens: three base64url parts separated by dots.
  [/\b[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}\b/g, '[token redacted]'],
  // Slack tokens (bot, user, app, refresh).
  [/\bx(?:ox[abprse]|app)-[\w-]+/gi, '[token redacted]'],
  // Interaction and webhook routes without a scheme, as @discordjs/rest puts them in messages.
  [/\/(interactions|webhooks)\/\d+\/[^\s/"']+/g, '/$1/[redacted]'],
];

/** `text` with every token and URL path removed. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRETS) out = out.replace(pattern, replacement);
  return out;
}

/** Fields of library errors that hold a request or its content: dropped from logs entirely. */
const DROPPED = new Set(['requestBody', 'rawError', 'body', 'data', 'original', 'request', 'response', 'config', 'headers']);

/**
 * The `err` serializer: pino's standard one, then every string redacted and every field that carries
 * a request (discord.js's `requestBody` holds the reply, and so the asker's words) dropped.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactText(error) : error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return scrub(serialized, 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (DROPPED.has(key)) out[key] = '[redacted]';
    else out[key] = scrub(v, depth + 1);
  }
  return out;
}
