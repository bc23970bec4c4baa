import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFetch } from '../../adapters/slack/slack-fetch.ts';

describe('slackFetch, the fetch Bolt and the Web API client post through', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/limited') {
          res.writeHead(429, 'Too Many Requests', { 'retry-after': '3' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
        res.end(JSON.stringify({ ok: true, method: req.method, got: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives the status, headers, url and body as a Response does, the body readable once', async () => {
    const response = await slackFetch(`${base}/api/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/api/chat.postMessage`);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(Object.fromEntries(response.headers.entries())['content-type']).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true, method: 'POST', got: '{"text":"hi"}' });
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('gives a rate limit with its status text and retry-after, and bytes for a body read as an ArrayBuffer', async () => {
    const limited = await slackFetch(`${base}/limited`, { method: 'POST', body: 'x' });
    expect([limited.status, limited.statusText, limited.ok, limited.headers.get('retry-after')]).toEqual([429, 'Too Many Requests', false, '3']);
    expect(await limited.text()).toBe('');
    const bytes = await (await slackFetch(`${base}/api/auth.test`, { method: 'POST', body: new URLSearchParams({ a: 'b' }) })).arrayBuffer();
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toMatchObject({ got: 'a=b' });
  });

  it('sends a request once more on a new connection when a kept-alive one turns out closed, and only then', async () => {
    // A server that answers each connection's first request and resets the connection on its second, as
    // a server does that closed an idle kept-alive connection just as the request went out.
    const requests: { connection: number; n: number }[] = [];
    let connections = 0;
    const tcp = createTcpServer((socket: Socket) => {
      const connection = ++connections;
      let n = 0;
      socket.on('data', (chunk: Buffer) => {
        if (!chunk.toString('latin1').startsWith('POST')) return;
        requests.push({ connection, n: ++n });
        if (n === 1) socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n{"ok":true}');
        else socket.resetAndDestroy();
      });
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/response/1`;
    try {
      expect(await (await slackFetch(url, { method: 'POST', body: '{"text":"first"}' })).json()).toEqual({ ok: true });
      // The first connection is kept alive and reused, reset by the server, and the answer goes on a new one.
      expect(await (await slackFetch(url, { method: 'POST', body: '{"text":"second"}' })).json()).toEqual({ ok: true });
      expect(requests).toEqual([{ connection: 1, n: 1 }, { connection: 1, n: 2 }, { connection: 2, n: 1 }]);
    } finally {
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    }
  });
});
