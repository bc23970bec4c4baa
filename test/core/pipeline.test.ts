import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import { RecordsStore } from '../../src/records/records-store.ts';
import { scheduleRetention } from '../../src/records/retention.ts';
import { z } from 'zod';
import { defineCommand } from '../../src/commands/define-command.ts';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { reply } from '../../src/core/reply.ts';
import { shippedBotWithAdmin, shippedKnowledge } from '../helpers/shipped-knowledge.ts';

const request = (text: string, over: Partial<BotRequestInput> = {}): BotRequestInput => ({
  platform: 'discord',
  community: 'G1',
  channel: 'C1',
  user: { id: 'U1' },
  via: 'command',
  input: { type: 'text', text },
  ...over,
});

async function pipelineAt(cooldownSeconds = 0) {
  let now = 1_000_000;
  const { pipeline, records } = await shippedBotWithAdmin({ maintainers: ['discord:MAINT'], defaults: { cooldownSeconds }, now: () => now });
  return { pipeline, records, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('the request pipeline', () => {
  it('decides roles itself: community admins moderate only their community, maintainers are named by the operator', async () => {
    const { pipeline } = await pipelineAt();
    const run = async (text: string, over: Partial<BotRequestInput>) => (await (await pipeline.handle(request(text, over))).reply)?.title;
    const admin = { user: { id: 'U1', communityAdmin: true } };
    expect(await run('/kb status', admin)).toBe('Knowledge: OK');
    expect(await run('/kb teach hun-sen who runs cambodia', admin)).toBe('Maintainers only');
    expect(await run('/records export discord:G2', admin)).toBe('Maintainers only');
    // Admin of nothing: a direct message has no community to moderate.
    expect(await run('/kb status', { ...admin, community: undefined, via: 'direct' })).toBe('Moderators only');
    expect(await run('/kb status', {})).toBe('Moderators only');
    expect(await run('/kb gaps', { user: { id: 'MAINT' } })).toMatch(/every community/);
  });

  it('rate-limits every request per person: one private notice, then silence, then answers again', async () => {
    const { pipeline, advance } = await pipelineAt(10);
    const first = await pipeline.handle(request('/targets'));
    expect(first.acknowledge).toBe('public');
    expect((await first.reply)?.title).toContain('targeted');
    const second = await pipeline.handle(request('who was targeted?', { via: 'mention' }));
    expect(second.acknowledge).toBe('private');
    expect(await second.reply).toMatchObject({ title: 'Slow down a little', visibility: 'private', body: expect.stringContaining('10 s') });
    for (const text of ['/help', 'who is hun sen', '/nosuchcommand']) {
      const flood = await pipeline.handle(request(text));
      expect(flood.acknowledge).toBe('silent');
      expect(await flood.reply).toBeUndefined();
    }
    // Someone else, and the maintainers, are not held back.
    expect((await pipeline.handle(request('/about', { user: { id: 'U2' } }))).acknowledge).toBe('public');
    for (let i = 0; i < 3; i++) expect((await pipeline.handle(request('/about', { user: { id: 'MAINT' } }))).acknowledge).toBe('public');
    advance(10);
    expect((await (await pipeline.handle(request('/about'))).reply)?.title).toBe('About ballotguard');
  });

  it('lets a command declare that it does not count against the cooldown', async () => {
    const knowledge = await shippedKnowledge();
    const command = (name: string, cooldown: 'person' | 'none') =>
      defineCommand({ name, description: name, options: z.object({}), permission: 'everyone', cooldown, run: () => reply({ kind: 'info', title: name, body: name }) });
    const { pipeline } = assembleBallotguard({ knowledge, logger: silentLogger(), commands: [command('free', 'none'), command('counted', 'person')], defaults: { cooldownSeconds: 60 } });
    for (let i = 0; i < 3; i++) expect((await (await pipeline.handle(request('/free'))).reply)?.title).toBe('free');
    expect((await (await pipeline.handle(request('/counted'))).reply)?.title).toBe('counted');
    expect((await (await pipeline.handle(request('/counted'))).reply)?.title).toBe('Slow down a little');
    expect((await (await pipeline.handle(request('/free'))).reply)?.title).toBe('free');
  });

  it('applies a community\u2019s own settings, set by its moderator: cooldown and mentions', async () => {
    const { pipeline } = await pipelineAt(0);
    const moderator = { user: { id: 'MOD', communityAdmin: true } };
    expect((await (await pipeline.handle(request('/settings mentions off', { user: { id: 'U9' } }))).reply)?.title).toBe('Moderators only');
    expect((await (await pipeline.handle(request('/settings mentions off', moderator))).reply)?.title).toBe('Settings changed');
    expect((await (await pipeline.handle(request('/settings cooldown 60', moderator))).reply)?.title).toBe('Settings changed');
    expect((await (await pipeline.handle(request('/settings cooldown soon', moderator))).reply)?.body).toContain('whole number of seconds');

    expect((await pipeline.handle(request('who was targeted?', { via: 'mention', user: { id: 'U3' } }))).acknowledge).toBe('silent');
    expect((await pipeline.handle(request('who was targeted?', { via: 'mention', community: 'G2', user: { id: 'U3' } }))).acknowledge).toBe('public');
    // Commands still work in G1, under its 60 s cooldown.
    expect((await pipeline.handle(request('/targets', { user: { id: 'U4' } }))).acknowledge).toBe('public');
    expect((await pipeline.handle(request('/targets', { user: { id: 'U4' } }))).acknowledge).toBe('private');
  });

  it('records answers with an id that feedback buttons carry, counting each person once', async () => {
    const { pipeline, records } = await pipelineAt();
    const answer = await (await pipeline.handle(request('who is hun sen'))).reply;
    const answerId = answer?.answer?.id;
    expect(answerId).toMatch(/^[\w-]{16}$/);
    const click = (userId: string) => pipeline.handle(request('', { user: { id: userId }, via: 'button', input: { type: 'feedback', answerId: answerId!, helpful: false } }));
    expect(await (await click('U1')).feedbackCounted).toBe(true);
    expect(await (await click('U1')).feedbackCounted).toBe(false);
    expect((await (await click('U1')).reply)?.body).toContain('already rated');
    expect(await (await click('U2')).feedbackCounted).toBe(true);
    expect(await records.gaps()).toContainEqual(expect.objectContaining({ question: 'who is hun sen', reason: 'unhelpful', count: 2 }));
  });

  it('lets a maintainer export a community\u2019s records to a file and purge them', async () => {
    const exportDir = await mkdtemp(path.join(tmpdir(), 'bg-export-'));
    try {
      const { pipeline, records } = await shippedBotWithAdmin({ maintainers: ['slack:MAINT'], exportDir });
      await (await pipeline.handle(request('how do I bake bread', { user: { id: 'U5' } }))).reply;
      await (await pipeline.handle(request('how do I grow tomatoes', { community: 'G2', user: { id: 'U6' } }))).reply;
      const maintainer = { platform: 'slack', community: undefined, via: 'direct' as const, user: { id: 'MAINT' } };
      const exported = await (await pipeline.handle(request('/records export discord:G1', maintainer))).reply;
      expect(exported?.title).toBe('Records exported');
      const [file] = await readdir(exportDir);
      const content = JSON.parse(await readFile(path.join(exportDir, file!), 'utf8'));
      expect(content.questions.map((q: { question: string }) => q.question)).toEqual(['how do I bake bread']);
      expect((await (await pipeline.handle(request('/records purge discord:G1', maintainer))).reply)?.body).toContain('Deleted 1 questions');
      expect((await records.gaps()).map((g) => g.question)).toEqual(['how do I grow tomatoes']);
      expect((await (await pipeline.handle(request('/records purge G1', maintainer))).reply)?.body).toContain('platform:id');
    } finally {
      await rm(exportDir, { recursive: true, force: true });
    }
  });

  it('/about says exactly what is kept, and for how long', async () => {
    const { pipeline } = await shippedBotWithAdmin({ records: new RecordsStore(':memory:', { retentionDays: 30 }) });
    const kept = (await (await pipeline.handle(request('/about'))).reply)?.fields.find((f) => f.name === 'What is kept')?.value;
    expect(kept).toContain('kept for 30 days, then deleted');
    expect(kept).toContain('Who asked is not stored.');
    const none = await shippedBotWithAdmin({ records: new RecordsStore(':memory:', { retentionDays: 0, recordIdentity: true }) });
    const keptNone = (await (await none.pipeline.handle(request('/about'))).reply)?.fields.find((f) => f.name === 'What is kept')?.value;
    expect(keptNone).toContain('No question text is kept');
    expect(keptNone).toContain('Who asked is stored');
  });

  it('answers a request an adapter got wrong with a kind private error, never a throw', async () => {
    const { pipeline } = await pipelineAt();
    const handling = await pipeline.handle({ platform: 'discord', user: { id: '' }, via: 'command', input: { type: 'text', text: 'hi' } });
    expect(await handling.reply).toMatchObject({ title: 'Something went wrong', visibility: 'private' });
  });
});

describe('the daily retention', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at start and then once a day', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const store = new RecordsStore(':memory:', { retentionDays: 1, now: () => new Date() });
    store.recordQuestion({ question: 'q', outcome: 'abstain', confidence: 0, platform: 'slack' });
    const stop = scheduleRetention(store, silentLogger());
    expect(store.counts().questions).toBe(1);
    vi.advanceTimersByTime(86_400_000);
    expect(store.counts().questions).toBe(1); // exactly one day old: kept
    vi.advanceTimersByTime(86_400_000);
    expect(store.counts().questions).toBe(0);
    stop();
  });
});
