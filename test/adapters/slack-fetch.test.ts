import { createServer, type Server } from 'node:http';
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
});
