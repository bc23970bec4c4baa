import { startDiscord, startSlack } from '../helpers/platforms.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FIRST_ADVICE } from '../../src/onboarding/onboarding.ts';
import { RecordsStore } from '../../src/records/records-store.ts';
import { FAKE, FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK } from '../fakes/fake-slack.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';

// Onboarding: Slack's App Home tab, and a short welcome the first time someone writes to the bot directly.

type Block = { type: string; text?: { text: string }; elements?: unknown[] };
const WELCOME = 'Welcome to ballotguard.';

describe('on Slack: the App Home tab and the first direct message', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let events: string;
  let counter = 0;
  const sendEvent = async (event: Record<string, unknown>) => {
    const body = JSON.stringify({ token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: `EvHome${++counter}`, event_time: Math.floor(Date.now() / 1000), event });
    expect((await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body })).status).toBe(200);
  };
  const dm = (user: string, text: string) =>
    sendEvent({ type: 'message', channel_type: 'im', user, text, ts: `17000000${++counter}.000100`, channel: SLACK.dmChannelId, event_ts: `17000000${counter}.000100` });

  let platform: Awaited<ReturnType<typeof startSlack>> | undefined;
  beforeAll(async () => {
    platform = await startSlack({ name: 'onboarding' });
    ({ fake, adapter, events } = platform);
  });

  afterAll(() => platform?.stop());

  it('publishes the Home tab when it is opened: what the bot is, the commands, three pieces of advice', async () => {
    await sendEvent({ type: 'app_home_opened', user: SLACK.userId, channel: SLACK.dmChannelId, tab: 'home', event_ts: '1700000000.000100' });
    const call = await fake.waitFor((c) => c.path === '/api/views.publish');
    expect(call.body.user_id).toBe(SLACK.userId);
    const view = call.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'ballotguard' } });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Check with ballotguard');
    for (const command of ['/check', '/report', '/ask', '/quiz', '/help']) expect(text).toContain(`\`${command}`);
    expect(text).not.toContain('/settings');
    const knowledge = await shippedKnowledge();
    for (const id of FIRST_ADVICE) expect(text).toContain(knowledge.entriesById.get(id)!.title);
    // No buttons: a Home tab has no response_url to answer a click through.
    expect(view.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    const before = fake.calls.filter((c) => c.path === '/api/views.publish').length;
    await sendEvent({ type: 'app_home_opened', user: SLACK.userId, channel: SLACK.dmChannelId, tab: 'messages', event_ts: '1700000000.000200' });
    await dm('UMARKER', 'hello'); // handled after the event above, so its answer marks that the event was processed
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && JSON.stringify(c.body.blocks ?? c.body.text).includes('Welcome'));
    expect(fake.calls.filter((c) => c.path === '/api/views.publish')).toHaveLength(before);
  });

  it('welcomes a person in their first direct message only', async () => {
    const dms = () => fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === SLACK.dmChannelId);
    const before = dms().length;
    await dm('UNEW', 'who is kem sokha');
    await fake.waitFor(() => dms().length === before + 1);
    const first = dms()[before]!.body.blocks as Block[];
    expect(first[0]?.text?.text).toBe('Kem Sokha');
    expect(JSON.stringify(first)).toContain(WELCOME);
    await dm('UNEW', 'who is kem sokha');
    await fake.waitFor(() => dms().length === before + 2);
    expect(JSON.stringify(dms()[before + 1]!.body.blocks)).not.toContain(WELCOME);
  });
});

describe('on Discord: the first direct message', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;

  let platform: Awaited<ReturnType<typeof startDiscord>> | undefined;
  beforeAll(async () => {
    platform = await startDiscord({ name: 'onboarding' });
    ({ fake, adapter } = platform);
  });

  afterAll(() => platform?.stop());

  it('welcomes a person in their first direct message only, and not in a channel', async () => {
    const replyTo = (id: string) => (c: RecordedCall) => c.method === 'POST' && (c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === id;
    const description = (call: RecordedCall) => JSON.stringify((call.body as { embeds?: unknown[] }).embeds);

    const mention = fake.message(FAKE.channelId, `<@${FAKE.botId}> who is kem sokha`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', mention);
    expect(description(await fake.waitForCall(replyTo(mention.id)))).not.toContain(WELCOME);

    const first = fake.message(FAKE.dmChannelId, 'who is kem sokha', { dm: true });
    fake.dispatch('MESSAGE_CREATE', first);
    const firstReply = await fake.waitForCall(replyTo(first.id));
    expect(firstReply.path).toBe(`/api/v10/channels/${FAKE.dmChannelId}/messages`);
    expect(description(firstReply)).toContain(WELCOME);
    expect((firstReply.body as { embeds: { title: string }[] }).embeds[0]!.title).toBe('Kem Sokha');

    const second = fake.message(FAKE.dmChannelId, 'who is kem sokha', { dm: true });
    fake.dispatch('MESSAGE_CREATE', second);
    expect(description(await fake.waitForCall(replyTo(second.id)))).not.toContain(WELCOME);
  });
});

describe('who has been welcomed is remembered', () => {
  it('in the records database across restarts, as a hash rather than the user id', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bg-welcome-'));
    try {
      const first = RecordsStore.open(dir);
      expect(first.firstContact('slack', 'U1')).toBe(true);
      expect(first.firstContact('slack', 'U1')).toBe(false);
      expect(first.firstContact('discord', 'U1')).toBe(true);
      first.close();
      const reopened = RecordsStore.open(dir);
      expect(reopened.firstContact('slack', 'U1')).toBe(false);
      expect(reopened.firstContact('slack', 'U2')).toBe(true);
      reopened.close();
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(path.join(dir, 'records.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT person FROM welcomed').all() as { person: string }[];
      db.close();
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.person).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('in memory when the bot runs without records', async () => {
    const { pipeline } = assembleBallotguard({ knowledge: await shippedKnowledge(), logger: silentLogger(), defaults: { cooldownSeconds: 0 } });
    const ask = async (id: string) => (await (await pipeline.handle({ platform: 'discord', user: { id }, via: 'direct', input: { type: 'text', text: 'who is kem sokha' } })).reply)!.body;
    expect(await ask('A')).toContain(WELCOME);
    expect(await ask('A')).not.toContain(WELCOME);
    expect(await ask('B')).toContain(WELCOME);
  });
});
