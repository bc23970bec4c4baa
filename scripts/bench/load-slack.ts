/**
 * Slack under load: the bot in HTTP mode against the fake Web API, driven with signed slash commands and
 * app mentions, half each, at a fixed number of concurrent connections for a bounded time. By default each
 * connection sends its next request when the last is acknowledged (a closed loop: the bot's speed sets the
 * pace). With a `rate`, requests go out at that many a second on a fixed schedule whatever the bot does (an
 * open loop, as Slack sends events as people write), over at most `connections` keep-alive connections; a
 * request that finds them all busy waits for one, and its latency counts from its scheduled time. Answers
 * are counted when the fake receives them (the slash command's response_url, the mention's threaded
 * chat.postMessage).
 * With `copies` above one, that many bot processes answer the one fake Slack, as stateless HTTP copies
 * behind a load balancer; the driver's connections are spread over them in turn (round-robin).
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { FakeSlack, SLACK, type SlackCall } from '../../test/fakes/fake-slack.ts';
import { botCopies, startBot, type BotProcess } from './load-process.ts';
import { LOAD_QUESTIONS } from './load-questions.ts';
import { LoadTally } from './load-stats.ts';

/** Slack gives up on an acknowledgement after 3 s; the driver waits longer, to see how late it comes. */
const SLACK_ACK_DEADLINE_MS = 3_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface SlackLoad {
  /** Every copy's memory and CPU, summed. */
  bot: Pick<BotProcess, 'rssMb' | 'cpuMs'>;
  /** `rate`: requests a second, sent on schedule (open loop); without it, closed loop. */
  run(connections: number, seconds: number, rate?: number): Promise<LoadTally>;
  /** From the bots' /metrics: the longest event-loop stall of any copy since the last call, and the V8 heap in use (summed), in MB. */
  inside(): Promise<{ maxStallMs: number; heapUsedMb: number }>;
  stop(): Promise<void>;
}

/**
 * `copies`: how many bot processes; `env`: settings they share (DATABASE_URL and REDIS_URL for a shared
 * deployment; without them each copy keeps its records in its own DATA_DIR).
 */
export async function startSlackLoad({ copies = 1, env = {}, ...options }: { cpuProfileDir?: string; copies?: number; env?: Record<string, string> } = {}): Promise<SlackLoad> {
  const fake = new FakeSlack();
  fake.keepCalls = false;
  await fake.start();
  const bots: BotProcess[] = [];
  // One after another: the first copy runs the database's migrations before the next connects.
  for (let copy = 0; copy < copies; copy++) {
    bots.push(
      await startBot(
        { SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0', ...env },
        /"port":(\d+),"msg":"slack adapter ready/,
        options,
      ),
    );
  }
  const bot = botCopies(bots);
  const ports = bots.map((copy) => Number(copy.logged[1]));
  let tally = new LoadTally();
  let next = 0;
  fake.onCall = (call: SlackCall) => {
    const id = answerId(call);
    if (id) tally.answer(id);
  };

  /** One signed request: a slash command (answered at its response_url) or a mention (answered in its thread). */
  const build = (n: number): { id: string; contentType: string; body: string } => {
    const question = LOAD_QUESTIONS[n % LOAD_QUESTIONS.length]!;
    // A person of their own for each request, as in a crowd: no one meets the per-person cooldown.
    const user = `UL${n}`;
    if (n % 2 === 0) {
      const id = `L${n}`;
      const body = new URLSearchParams({
        team_id: SLACK.teamId, channel_id: SLACK.channelId, user_id: user, command: '/ask', text: question,
        api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
      }).toString();
      return { id, contentType: 'application/x-www-form-urlencoded', body };
    }
    const ts = `${1_800_000_000 + n}.000100`;
    const body = JSON.stringify({
      team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: `EvL${n}`, event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_mention', user, text: `<@${SLACK.botUserId}> ${question}`, ts, thread_ts: ts, channel: SLACK.channelId, event_ts: ts },
    });
    return { id: ts, contentType: 'application/json', body };
  };

  /** `scheduledAt`: when an open loop meant to send it; latency counts from then, so the bot's slowness is not hidden by the driver waiting. */
  const send = (agent: Agent, port: number, { id, contentType, body }: ReturnType<typeof build>, scheduledAt?: number): Promise<void> =>
    new Promise((resolve) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac('sha256', SLACK.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const sentAt = tally.sending(id, scheduledAt);
      const req = request(
        { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, timeout: REQUEST_TIMEOUT_MS,
          headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } },
        (res) => {
          res.resume();
          res.on('end', () => {
            tally.acknowledged(sentAt, res.statusCode === 200);
            if (performance.now() - sentAt > SLACK_ACK_DEADLINE_MS) tally.timeouts++;
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => {
        tally.acknowledged(sentAt, false);
        if (error.message === 'timeout') tally.timeouts++;
        resolve();
      });
      req.end(body);
    });

  return {
    bot,
    async run(connections, seconds, rate) {
      tally = new LoadTally();
      // FIFO: every connection stays in use, so none idles past the server's keep-alive timeout and is closed under a request.
      const agents = ports.map(() => new Agent({ keepAlive: true, maxSockets: Math.ceil(connections / ports.length), scheduling: 'fifo' }));
      const start = performance.now();
      const until = start + seconds * 1000;
      if (rate) {
        // Open loop: request k is due at start + k / rate, sent to the copies in turn, whether or not earlier ones were acknowledged.
        const sending: Promise<void>[] = [];
        for (let k = 0; ; k++) {
          const due = start + (k * 1000) / rate;
          if (due >= until) break;
          if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
          sending.push(send(agents[k % ports.length]!, ports[k % ports.length]!, build(next++), due));
        }
        await Promise.all(sending);
      } else {
        await Promise.all(
          Array.from({ length: connections }, async (_, connection) => {
            const copy = connection % ports.length;
            while (performance.now() < until) await send(agents[copy]!, ports[copy]!, build(next++));
          }),
        );
      }
      await tally.drained(30_000);
      for (const agent of agents) agent.destroy();
      return tally;
    },
    async inside() {
      const texts = await Promise.all(ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()));
      const samples = (name: string) => texts.map((text) => Number(new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text)?.[1] ?? NaN));
      return {
        maxStallMs: Math.max(...samples('nodejs_eventloop_lag_max_seconds')) * 1000,
        heapUsedMb: samples('nodejs_heap_size_used_bytes').reduce((a, b) => a + b, 0) / 1024 / 1024,
      };
    },
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Which request an answer belongs to: the response_url's id, or the mention's thread. */
function answerId(call: SlackCall): string | undefined {
  if (call.path.startsWith('/response/')) return call.path.slice('/response/'.length);
  if (call.path === '/api/chat.postMessage' || call.path === '/api/chat.postEphemeral') return typeof call.body.thread_ts === 'string' ? call.body.thread_ts : undefined;
  return undefined;
}
