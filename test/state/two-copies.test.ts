import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE, FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { startTs, type RunningProcess } from '../helpers/run-process.ts';
import { noteUserText } from '../helpers/test-logs.ts';

/**
 * Two copies of the bot as separate processes, sharing one PostgreSQL and one Redis, behind the fakes: what
 * one copy starts, the other (or the same after a restart) finishes. Needs TEST_DATABASE_URL and
 * TEST_REDIS_URL (.ci/run starts both); skipped without them.
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

type Button = { custom_id: string; label: string };
type DiscordMessage = { embeds?: { title?: string; description?: string }[]; components?: { components: Button[] }[]; content?: string };
type Block = { type: string; text?: { text: string } };

/** The value of `"key":<number>` in the first log line holding `message`. */
function loggedNumber(copy: RunningProcess, message: string, key: string): number {
  const line = copy.stderr().split('\n').find((l) => l.includes(message))!;
  return (JSON.parse(line) as Record<string, number>)[key]!;
}

describe.skipIf(!databaseUrl || !redisUrl)('two bot processes sharing PostgreSQL and Redis', () => {
  const database = `bg_copies_${randomBytes(5).toString('hex')}`;
  const running: RunningProcess[] = [];
  let shared: Record<string, string>;

  /** Starts a copy with the shared servers, and waits until it has logged `ready`. */
  const startCopy = async (env: Record<string, string>, ready: string) => {
    const copy = startTs('src/main.ts', [], { env: { ...shared, ...env } });
    running.push(copy);
    await copy.waitForLog(ready);
    return copy;
  };
  const stopCopy = async (copy: RunningProcess) => {
    copy.child.kill('SIGTERM');
    expect(await copy.exited).toBe(0);
  };

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(databaseUrl!);
    url.pathname = `/${database}`;
    // A Redis database of this file's own, so no other test's keys meet these copies'.
    const redis = new URL(redisUrl!);
    redis.pathname = `/${1 + (randomBytes(1)[0]! % 15)}`;
    shared = { DATABASE_URL: url.toString(), REDIS_URL: redis.toString(), LOG_LEVEL: 'info' };
  });

  afterAll(async () => {
    for (const copy of running) if (copy.child.exitCode === null) copy.child.kill('SIGTERM');
    await Promise.all(running.map((copy) => copy.exited));
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  describe('on Slack, two HTTP copies behind a load balancer', () => {
    let fake: FakeSlack;
    let one: RunningProcess;
    let two: RunningProcess;
    let endpoints: [string, string];
    let counter = 0;

    beforeAll(async () => {
      fake = new FakeSlack();
      await fake.start();
      const env = {
        SLACK_BOT_TOKEN: SLACK.botToken,
        SLACK_SIGNING_SECRET: SLACK.signingSecret,
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        BALLOTGUARD_ROLES: 'slack',
        COOLDOWN_SECONDS: '60',
        MAINTAINER_IDS: 'slack:UMAINTAINER',
      };
      [one, two] = await Promise.all([startCopy(env, 'slack adapter ready'), startCopy(env, 'slack adapter ready')]);
      endpoints = [one, two].map((copy) => `http://127.0.0.1:${loggedNumber(copy, 'slack adapter ready', 'port')}/slack/events`) as [string, string];
    });
    afterAll(async () => {
      await Promise.all([one, two].map(stopCopy));
      await fake.close();
    });

    const post = (copy: 0 | 1, body: string, contentType: string, headers = signSlack(body)) =>
      fetch(endpoints[copy], { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    /** `/ballotguard <text>` from `user` to one copy; resolves with the blocks it answered with. */
    const slash = async (copy: 0 | 1, text: string, user: string) => {
      noteUserText(text);
      const id = `copies${++counter}`;
      const body = new URLSearchParams({
        token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: user, user_name: 'asker',
        command: '/ballotguard', text, api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
      }).toString();
      expect((await post(copy, body, 'application/x-www-form-urlencoded')).status).toBe(200);
      const call = await fake.waitFor((c) => c.path === `/response/${id}`, 30_000);
      return { header: (call.body.blocks as Block[])[0]?.text?.text, all: JSON.stringify(call.body) };
    };

    it('reports each copy ready only with its Slack server, database and Redis', async () => {
      const port = loggedNumber(two, 'slack adapter ready', 'port');
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, checks: { knowledge: 'ok', database: 'ok', redis: 'ok', slack: 'ok' } });
    });

    it('honours on one copy a cooldown set through the other', async () => {
      expect((await slash(0, '/about', 'UCOOL')).header).toBe('About ballotguard');
      const refused = await slash(1, '/about', 'UCOOL');
      expect(refused.header).toBe('Slow down a little');
      expect(refused.all).toContain('ephemeral');
      // Someone else is not held back.
      expect((await slash(1, '/about', 'UOTHER')).header).toBe('About ballotguard');
    });

    it('answers a retry that Slack delivers to the other copy once, not twice', async () => {
      const thread = `1700000${++counter}.000100`;
      const text = `<@${SLACK.botUserId}> who was behind the attacks on the election?`;
      noteUserText(text);
      const event = { type: 'app_mention', user: 'URETRY', text, ts: thread, thread_ts: thread, channel: SLACK.channelId, event_ts: thread };
      const body = JSON.stringify({ token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: `EvCopies${counter}`, event_time: Math.floor(Date.now() / 1000), event });
      expect((await post(0, body, 'application/json')).status).toBe(200);
      const answered = (c: SlackCall) => c.path === '/api/chat.postMessage' && c.body.thread_ts === thread;
      await fake.waitFor(answered, 30_000);
      // Slack re-signs a retry: a new timestamp, so a new signature; only the event id repeats.
      const retry = signSlack(body, { timestamp: Math.floor(Date.now() / 1000) + 1 });
      expect((await post(1, body, 'application/json', { ...retry, 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
      await two.waitForLog('ignored a Slack event already handled');
      expect(fake.calls.filter(answered)).toHaveLength(1);
    });

    it('answers on one copy, within seconds, what a maintainer taught through the other', async () => {
      const question = 'who is the big boss in the kingdom';
      expect((await slash(1, question, 'UASKER1')).header).not.toBe('Hun Sen');
      const taught = await slash(0, `kb teach hun-sen ${question}`, 'UMAINTAINER');
      expect(taught.all).toContain('It now answers that question.');
      // The other copy has its own knowledge directory: the taught file travelled to it, and it reloaded.
      await two.waitForLog('knowledge change from another copy');
      expect((await slash(1, question, 'UASKER2')).header).toBe('Hun Sen');
    });
  });

  describe('on Discord, a button issued by one copy', () => {
    let fakes: [FakeDiscord, FakeDiscord];
    let issuing: RunningProcess;
    const env = (fake: FakeDiscord) => ({
      DISCORD_TOKEN: FAKE.token,
      DISCORD_API_URL: fake.apiUrl,
      BALLOTGUARD_ROLES: 'discord',
      METRICS_PORT: '0',
      // Cooldowns are shared (the Slack copies show it); here every click should be answered.
      COOLDOWN_SECONDS: '0',
      SECURITY_CHANNELS: `discord:${FAKE.guildId}:${FAKE.channelId}`,
    });
    beforeAll(async () => {
      // Each copy holds its own gateway session: Discord delivers an interaction to one of them.
      fakes = [new FakeDiscord(), new FakeDiscord()];
      await Promise.all(fakes.map((fake) => fake.start()));
      issuing = (await Promise.all(fakes.map((fake) => startCopy(env(fake), 'discord adapter ready'))))[0]!;
    });
    afterAll(async () => {
      await Promise.all(running.filter((copy) => copy.child.exitCode === null).map(stopCopy));
      await Promise.all(fakes.map((fake) => fake.close()));
    });

    const send = async (fake: FakeDiscord, interaction: { id: string }) => {
      fake.dispatch('INTERACTION_CREATE', interaction);
      const callback = (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/interactions/${interaction.id}/`);
      return ((await fake.waitForCall(callback, 30_000)).body as { type: number; data: DiscordMessage });
    };
    const button = (message: DiscordMessage, label: string) => {
      const found = message.components?.flatMap((row) => row.components).find((b) => b.label === label);
      expect(found, `a "${label}" button`).toBeDefined();
      expect(found!.custom_id.length).toBeLessThanOrEqual(100);
      return found!.custom_id;
    };

    // Longer than other tests: it restarts a process, which a busy machine makes slow.
    it('is handled by the other copy, and by the first after a restart', { timeout: 150_000 }, async () => {
      const [first, second] = fakes;
      const readyz = await fetch(`http://127.0.0.1:${loggedNumber(issuing, 'operations server ready', 'port')}/readyz`);
      expect(await readyz.json()).toEqual({ ready: true, checks: { knowledge: 'ok', database: 'ok', redis: 'ok', discord: 'ok' } });

      const suspicious = 'From: LICADHO investigator <licadho.investigator@gmail.com> open https://licadho-org.net/form';
      const checked = (await send(first, first.slashCommand('check', [{ name: 'text', type: 3, value: suspicious }]))).data;
      // The other copy finds the message the first one holds for confirmation.
      const offer = (await send(second, second.buttonClick(button(checked, 'Report to security')))).data;
      expect(offer.embeds?.[0]?.title).toBe('Report this message to your security contacts?');

      // The first copy restarts; its button still works, on it and on the other.
      await stopCopy(issuing);
      issuing = await startCopy(env(first), 'discord adapter ready');
      const sent = (await send(first, first.buttonClick(button(offer, 'Send report')))).data;
      expect(sent.embeds?.[0]?.title).toBe('Report sent');
      const posted = await first.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${FAKE.channelId}/messages`, 30_000);
      expect(JSON.stringify(posted.body)).toContain('licadho-org[.]net');
      // Sent once: a second click, on either copy, finds nothing to send.
      expect((await send(second, second.buttonClick(button(offer, 'Send report')))).data.embeds?.[0]?.title).toBe('This report has expired');
    });

    it('counts a rating clicked on the other copy for the answer the first one gave', async () => {
      const [first, second] = fakes;
      const asked = first.slashCommand('ask', [{ name: 'question', type: 3, value: 'who was behind the attacks?' }]);
      first.dispatch('INTERACTION_CREATE', asked);
      const answer = (await first.waitForInteractionReply(asked, 30_000)) as DiscordMessage;
      const rate = second.buttonClick(button(answer, 'Helpful'), { components: answer.components });
      second.dispatch('INTERACTION_CREATE', rate);
      const thanks = await second.waitForCall((c) => c.method === 'POST' && c.path.includes(`/webhooks/${FAKE.applicationId}/${rate.token}`), 30_000);
      expect(JSON.stringify(thanks.body)).toContain('Thank you: the maintainers use this');
    });

    it('reads a follow-up that reaches the other copy with the question asked on the first', async () => {
      const mention = async (fake: FakeDiscord, words: string) => {
        const message = fake.message(FAKE.channelId, `<@${FAKE.botId}> ${words}`, { mentionsBot: true, author: fake.user('400000000000000077') });
        fake.dispatch('MESSAGE_CREATE', message);
        const answered = (c: RecordedCall) => (c.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === message.id;
        return JSON.stringify((await fake.waitForCall(answered, 30_000)).body);
      };
      await mention(fakes[0], 'when was kem sokha arrested?');
      const followed = await mention(fakes[1], 'what was he charged with?');
      expect(followed).toContain('Kem Sokha');
      expect(followed).toContain('previous question');
    });
  });
});
