import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import { Metrics } from '../../src/operations/metrics.ts';
import { operationsRoutes } from '../../src/operations/operations-routes.ts';
import { startOperationsServer } from '../../src/operations/operations-server.ts';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import { FakeSlack, SLACK } from '../fakes/fake-slack.ts';
import { shippedBotWithAdmin, shippedKnowledge } from '../helpers/shipped-knowledge.ts';

const request = (text: string, userId = 'U1'): BotRequestInput => ({ platform: 'discord', community: 'G1', channel: 'C1', user: { id: userId }, via: 'command', input: { type: 'text', text } });

/** The value of one sample in Prometheus text, e.g. `ballotguard_replies_total{outcome="answer"}`. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('metrics and health', () => {
  it('counts replies by outcome with their latency, refusals and rate-limit hits', async () => {
    const metrics = new Metrics();
    const { pipeline } = assembleBallotguard({ knowledge: await shippedKnowledge(), logger: silentLogger(), defaults: { cooldownSeconds: 60 }, observer: metrics });
    await (await pipeline.handle(request('who is hun sen'))).reply;
    await (await pipeline.handle(request('who is hun sen'))).reply; // refused once by the cooldown
    await (await pipeline.handle(request('who is hun sen'))).reply; // then ignored
    await (await pipeline.handle(request('how do I bake bread', 'U2'))).reply;
    await (await pipeline.handle(request('/kb status', 'U3'))).reply; // moderators only
    const { body, contentType } = await metrics.render();
    expect(contentType).toContain('text/plain');
    expect(sample(body, 'ballotguard_replies_total{outcome="answer"}')).toBe(1);
    expect(sample(body, 'ballotguard_replies_total{outcome="abstain"}')).toBe(1);
    expect(sample(body, 'ballotguard_reply_seconds_count{outcome="answer"}')).toBe(1);
    expect(sample(body, 'ballotguard_rate_limited_total{verdict="refuse"}')).toBe(1);
    expect(sample(body, 'ballotguard_rate_limited_total{verdict="silent"}')).toBe(1);
    expect(sample(body, 'ballotguard_refusals_total{reason="permission"}')).toBe(1);
    expect(body).toContain('process_cpu_user_seconds_total');
    // No question text or user id ever becomes a label.
    expect(body).not.toContain('hun sen');
    expect(body).not.toContain('U1');
  });

  it('serves /healthz, /readyz naming a failing check, and /metrics on a server of its own', async () => {
    const metrics = new Metrics();
    metrics.reloaded('refused');
    let databaseUp = true;
    const routes = operationsRoutes({
      metrics,
      readiness: [
        { name: 'knowledge', check: () => undefined },
        { name: 'database', check: async () => { if (!databaseUp) throw new Error('connection refused'); } },
      ],
    });
    const server = await startOperationsServer({ routes, port: 0, host: '127.0.0.1' });
    try {
      const get = (p: string) => fetch(`http://127.0.0.1:${server.port}${p}`);
      expect((await get('/healthz')).status).toBe(200);
      const ready = await get('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, checks: { knowledge: 'ok', database: 'ok' } });
      databaseUp = false;
      const notReady = await get('/readyz');
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ ready: false, checks: { knowledge: 'ok', database: 'failing' } });
      expect((await get('/healthz')).status).toBe(200);
      expect(sample(await (await get('/metrics')).text(), 'ballotguard_knowledge_reloads_total{result="refused"}')).toBe(1);
      expect((await get('/nothing')).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('serves them on the Slack HTTP server, beside Slack\u2019s events', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const metrics = new Metrics();
    const { pipeline, records } = await shippedBotWithAdmin({ observer: metrics });
    const routes = operationsRoutes({ metrics, readiness: [{ name: 'database', check: () => records.ping() }] });
    const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    const adapter = createSlackAdapter({ pipeline, config, logger: silentLogger(), host: '127.0.0.1', routes });
    try {
      await adapter.start();
      const get = (p: string) => fetch(`http://127.0.0.1:${adapter.port}${p}`);
      expect(await (await get('/healthz')).text()).toBe('ok');
      expect(await (await get('/readyz')).json()).toEqual({ ready: true, checks: { database: 'ok' } });
      records.close();
      expect((await get('/readyz')).status).toBe(503);
      expect(await (await get('/metrics')).text()).toContain('ballotguard_replies_total');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('npm start with METRICS_PORT serves them beside the console chat', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bg-ops-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', DATA_DIR: dataDir, METRICS_PORT: '0', LOG_LEVEL: 'info', WATCH_KNOWLEDGE: 'false' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    try {
      let stderr = '';
      const port = await new Promise<number>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /"port":(\d+),"msg":"operations server ready/.exec(stderr);
          if (match) resolve(Number(match[1]));
        });
        child.on('close', () => reject(new Error(`exited before serving: ${stderr}`)));
      });
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toEqual({ ready: true, checks: { knowledge: 'ok', database: 'ok' } });
      const answered = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Helpful?') && resolve()));
      child.stdin.write('who is hun sen\n');
      await answered;
      expect(sample(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text(), 'ballotguard_replies_total{outcome="answer"}')).toBe(1);
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      child.stdin.end();
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
