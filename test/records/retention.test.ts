import { describe, expect, it } from 'vitest';
import { RecordsStore } from '../../src/records/records-store.ts';

const DAY = 86_400_000;

/** A records store on a clock the test moves. */
function storeAt(start: string, retentionDays = 90) {
  let now = new Date(start).getTime();
  const store = new RecordsStore(':memory:', { retentionDays, now: () => new Date(now) });
  return { store, advance: (days: number) => (now += days * DAY) };
}

const ask = (store: RecordsStore, question: string, answerId: string, community = 'G1') =>
  store.recordQuestion({ question, outcome: 'answer', confidence: 0.5, entryId: 'hun-sen', answerId, platform: 'discord', community });

describe('records retention', () => {
  it('removes questions and feedback older than the retention period, and keeps younger ones', () => {
    const { store, advance } = storeAt('2026-01-01T00:00:00Z', 90);
    ask(store, 'old question', 'a1');
    expect(store.recordFeedback({ answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1' })).toBe('counted');
    advance(60);
    ask(store, 'recent question', 'a2');
    advance(31); // the first is now 91 days old, the second 31
    expect(store.applyRetention()).toEqual({ questions: 1, feedback: 1 });
    expect(store.gaps().map((g) => g.question)).toEqual(['recent question']);
    advance(60);
    expect(store.applyRetention()).toEqual({ questions: 1, feedback: 0 });
    expect(store.counts()).toMatchObject({ questions: 0, feedback: 0 });
  });

  it('with 0 days keeps no question text at all, and the outcome only for a day', () => {
    const { store, advance } = storeAt('2026-01-01T00:00:00Z', 0);
    ask(store, 'is my party\u2019s email being read', 'a1');
    const texts = (store as unknown as { db: { prepare(sql: string): { all(): { question: string; normalized: string }[] } } }).db
      .prepare('SELECT question, normalized FROM questions UNION ALL SELECT question, normalized FROM feedback')
      .all();
    expect(store.recordFeedback({ answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1' })).toBe('counted');
    expect(texts).toEqual([{ question: '', normalized: '' }]);
    expect(store.gaps()).toEqual([]);
    advance(2);
    store.applyRetention();
    expect(store.counts()).toMatchObject({ questions: 0, feedback: 0 });
  });
});

describe('records by community', () => {
  it('counts a person\u2019s feedback once per answer, and not for an answer no longer on record', () => {
    const { store } = storeAt('2026-01-01T00:00:00Z');
    ask(store, 'who is hun sen', 'a1');
    const click = { answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1' };
    expect(store.recordFeedback(click)).toBe('counted');
    expect(store.recordFeedback(click)).toBe('already-counted');
    expect(store.recordFeedback({ ...click, userId: 'U2' })).toBe('counted');
    expect(store.recordFeedback({ ...click, answerId: 'gone' })).toBe('unknown-answer');
    expect(store.gaps()).toContainEqual(expect.objectContaining({ question: 'who is hun sen', reason: 'unhelpful', count: 2 }));
  });

  it('shows each community only its own gaps, exports and purges one community', () => {
    const { store } = storeAt('2026-01-01T00:00:00Z');
    ask(store, 'question in server one', 'a1', 'G1');
    ask(store, 'question in server two', 'a2', 'G2');
    store.recordQuestion({ question: 'question in a DM', outcome: 'abstain', confidence: 0, platform: 'discord' });
    expect(store.gaps(20, { platform: 'discord', community: 'G1' }).map((g) => g.question)).toEqual(['question in server one']);
    expect(store.gaps(20, { platform: 'slack', community: 'G1' })).toEqual([]);
    expect(store.gaps(20).map((g) => g.question).sort()).toEqual(['question in a DM', 'question in server one', 'question in server two']);

    expect(store.exportCommunity({ platform: 'discord', community: 'G2' }).questions).toEqual([expect.objectContaining({ question: 'question in server two' })]);
    expect(store.purgeCommunity({ platform: 'discord', community: 'G2' })).toEqual({ questions: 1, feedback: 0 });
    expect(store.gaps(20).map((g) => g.question).sort()).toEqual(['question in a DM', 'question in server one']);
  });

  it('keeps each community\u2019s settings, and resets one to the default', () => {
    const { store } = storeAt('2026-01-01T00:00:00Z');
    const place = { platform: 'slack', community: 'T1' };
    expect(store.communitySettings(place)).toEqual({});
    store.updateCommunitySettings(place, { cooldownSeconds: 10, answerMentions: false });
    store.updateCommunitySettings(place, { announceChannel: 'C0123456' });
    expect(store.communitySettings(place)).toEqual({ cooldownSeconds: 10, answerMentions: false, announceChannel: 'C0123456' });
    expect(store.communitySettings({ platform: 'slack', community: 'T2' })).toEqual({});
    store.updateCommunitySettings(place, { cooldownSeconds: null });
    expect(store.communitySettings(place)).toEqual({ answerMentions: false, announceChannel: 'C0123456' });
    expect(store.announceChannels('slack')).toEqual([{ community: 'T1', channel: 'C0123456' }]);
  });
});
