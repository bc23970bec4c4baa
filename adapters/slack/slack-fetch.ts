import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

/** One keep-alive agent per scheme: every Web API call and response_url answer reuses its connections. */
const AGENTS = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) } as const;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The `fetch` Bolt and its Web API client use (their `clientOptions.fetch`), on Node's http module. Node's
 * built-in `fetch` was the largest single cost of a Slack answer under a crowd (12% of the bot's CPU in
 * `npm run bench -- --load --cpu-prof`: a request object, web streams and a timing entry per call), and the
 * bot only ever posts a short body and reads a short answer. Anything else (a stream or form body, a
 * redirect to follow) goes to the built-in `fetch` unchanged.
 */
export const slackFetch: typeof fetch = (input, init) => {
  const body = init?.body;
  const simpleBody = body === undefined || body === null || typeof body === 'string' || body instanceof URLSearchParams || body instanceof Uint8Array;
  if (!simpleBody || input instanceof Request || (init?.redirect !== undefined && init.redirect !== 'error' && init.redirect !== 'manual')) return fetch(input, init);
  const url = new URL(String(input));
  const agent = url.protocol === 'https:' ? AGENTS['https:'] : url.protocol === 'http:' ? AGENTS['http:'] : undefined;
  if (!agent) return fetch(input, init);
  return new Promise<Response>((resolve, reject) => {
    const send = (retried: boolean) => {
      const request = (url.protocol === 'https:' ? https : http).request(
        url,
        // The one retry takes a connection of its own: another kept-alive one could be just as stale.
        { method: init?.method ?? 'GET', headers: plainHeaders(init?.headers), agent: retried ? false : agent, ...(init?.signal ? { signal: init.signal } : {}) },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 500;
            resolve(new ReadResponse(NULL_BODY_STATUSES.has(status) ? Buffer.alloc(0) : Buffer.concat(chunks), status, response.statusMessage ?? '', responseHeaders(response.headers), url.href) as unknown as Response);
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        // Reset on a kept-alive connection before any response: almost always the server had closed it as
        // idle just as the request went out, so the request never reached it; it goes once more on a new
        // connection (Node's documented remedy). Without this a response_url answer was lost, Bolt's
        // respond not retrying: 2 of 16,000 in an overloaded load run (`npm run bench -- --load --rate 800`).
        if (!retried && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) send(true);
        else reject(error);
      });
      request.end(body === undefined || body === null ? undefined : body instanceof URLSearchParams ? body.toString() : body);
    };
    send(false);
  });
};

/**
 * A response already read in full, with what Bolt and the Web API client use of a `Response` (status,
 * headers, url, and the body as text, JSON or bytes). Building a real `Response` cost 28 µs per answer post
 * (a body stream and a transferable per object), this 3 µs: 3% of a Slack answer's CPU under a crowd.
 */
class ReadResponse {
  readonly headers: Headers;
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  readonly body = null;
  bodyUsed = false;

  constructor(
    private readonly bytes: Buffer,
    readonly status: number,
    readonly statusText: string,
    headers: [string, string][],
    readonly url: string,
  ) {
    this.headers = new Headers(headers);
    this.ok = status >= 200 && status < 300;
  }

  async text(): Promise<string> {
    return this.consume().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.consume();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  }

  clone(): ReadResponse {
    return new ReadResponse(this.bytes, this.status, this.statusText, [...this.headers.entries()], this.url);
  }

  /** A body is read once, as with `Response`. */
  private consume(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.bytes;
  }
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return headers as Record<string, string>;
}

function responseHeaders(headers: IncomingHttpHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value)) for (const one of value) pairs.push([name, one]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}
