import { afterEach, describe, expect, it } from 'vitest';
import type { Records } from '../../src/records/records.ts';
import { RECORDS_BACKENDS, type RecordsPlace } from '../helpers/records-backends.ts';

const DAY = 86_400_000;

/**
 * The one suite every records back-end passes: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (.ci/run starts one); otherwise its cases are reported as skipped.
 */
for (const backend of RECORDS_BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`records in ${backend.name}`, () => {
    const opened: Records[] = [];
    let place: RecordsPlace | undefined;
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await place?.remove();
      place = undefined;
    });

    /** A store on a clock the test moves. */
    async function storeAt(start: string, retentionDays = 90, recordIdentity = false) {
      let now = new Date(start).getTime();
      place ??= await backend.place();
      const store = await place.open({ retentionDays, recordIdentity, now: () => new Date(now) });
      opened.push(store);
      return { store, advance: (days: number) => (now += days * DAY) };
    }
    const ask = (store: Records, question: string, answerId: string, community = 'G1') =>
      store.recordQuestion({ question, outcome: 'answer', confidence: 0.5, entryId: 'hun-sen', answerId, platform: 'discord', community });

    it('is created on first use and keeps everything across a restart', async () => {
      const { store: first } = await storeAt('2026-01-01T00:00:00Z');
      await first.recordQuestion({ question: 'how do I bake bread', outcome: 'abstain', confidence: 0.1, platform: 'discord', userId: 'U1' });
      await first.recordQuestion({ question: 'who is hun sen', outcome: 'answer', confidence: 0.9, entryId: 'hun-sen', answerId: 'A1', platform: 'slack', community: 'T1' });
      expect(await first.recordFeedback({ answerId: 'A1', helpful: false, platform: 'slack', community: 'T1', userId: 'U2' })).toBe('counted');
      await first.recordAudit({ platform: 'discord', moderatorId: 'M1', action: 'reload', detail: 'no changes' });
      await first.close();
      opened.splice(0);

      const { store: again } = await storeAt('2026-01-01T00:00:00Z');
      expect(await again.counts()).toEqual({ questions: 2, feedback: 1, audit: 1 });
      expect((await again.gaps()).map((g) => g.question).sort()).toEqual(['how do I bake bread', 'who is hun sen']);
      expect((await again.audit())[0]).toMatchObject({ moderatorId: 'M1', action: 'reload', at: '2026-01-01T00:00:00.000Z' });
      await again.ping();
    });

    it('stores who asked only when the operator configures it', async () => {
      for (const recordIdentity of [false, true]) {
        const { store } = await storeAt('2026-01-01T00:00:00Z', 90, recordIdentity);
        await store.recordQuestion({ question: `q ${recordIdentity}`, outcome: 'answer', confidence: 0.9, platform: 'discord', community: `G-${recordIdentity}`, userId: 'U1' });
        const exported = await store.exportCommunity({ platform: 'discord', community: `G-${recordIdentity}` });
        expect(exported.questions).toEqual([expect.objectContaining({ question: `q ${recordIdentity}`, userId: recordIdentity ? 'U1' : null, askedAt: '2026-01-01T00:00:00.000Z' })]);
      }
    });

    it('removes questions and feedback older than the retention period, and keeps younger ones', async () => {
      const { store, advance } = await storeAt('2026-01-01T00:00:00Z', 90);
      await ask(store, 'old question', 'a1');
      expect(await store.recordFeedback({ answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1' })).toBe('counted');
      advance(60);
      await ask(store, 'recent question', 'a2');
      advance(31); // the first is now 91 days old, the second 31
      expect(await store.applyRetention()).toEqual({ questions: 1, feedback: 1 });
      expect((await store.gaps()).map((g) => g.question)).toEqual(['recent question']);
      advance(60);
      expect(await store.applyRetention()).toEqual({ questions: 1, feedback: 0 });
      expect(await store.counts()).toMatchObject({ questions: 0, feedback: 0 });
    });

    it('with 0 days keeps no question text at all, and the outcome only for a day', async () => {
      const { store, advance } = await storeAt('2026-01-01T00:00:00Z', 0);
      expect(store.keepsQuestionText).toBe(false);
      await ask(store, 'is my party\u2019s email being read', 'a1');
      expect(await store.recordFeedback({ answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1', community: 'G1' })).toBe('counted');
      const exported = await store.exportCommunity({ platform: 'discord', community: 'G1' });
      expect(exported.questions).toEqual([expect.objectContaining({ question: '' })]);
      expect(exported.feedback).toEqual([expect.objectContaining({ question: '', helpful: 0 })]);
      expect(await store.gaps()).toEqual([]);
      advance(2);
      await store.applyRetention();
      expect(await store.counts()).toMatchObject({ questions: 0, feedback: 0 });
    });

    it('counts a person\u2019s feedback once per answer, and not for an answer no longer on record', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      await ask(store, 'who is hun sen', 'a1');
      const click = { answerId: 'a1', helpful: false, platform: 'discord', userId: 'U1' };
      expect(await store.recordFeedback(click)).toBe('counted');
      expect(await store.recordFeedback(click)).toBe('already-counted');
      expect(await store.recordFeedback({ ...click, userId: 'U2' })).toBe('counted');
      expect(await store.recordFeedback({ ...click, answerId: 'gone' })).toBe('unknown-answer');
      expect(await store.gaps()).toContainEqual(expect.objectContaining({ question: 'who is hun sen', reason: 'unhelpful', count: 2 }));
    });

    it('groups repeated gaps, newest first, and marks low-confidence answers as unsure', async () => {
      const { store, advance } = await storeAt('2026-01-01T00:00:00Z');
      await store.recordQuestion({ question: 'How do I bake bread?', outcome: 'abstain', confidence: 0.1, platform: 'discord' });
      advance(1);
      await store.recordQuestion({ question: 'who won', outcome: 'answer', confidence: 0.4, entryId: 'x', platform: 'discord' });
      await store.recordQuestion({ question: 'who is hun sen', outcome: 'answer', confidence: 0.9, entryId: 'hun-sen', platform: 'discord' });
      advance(1);
      await store.recordQuestion({ question: 'how do i bake bread', outcome: 'abstain', confidence: 0.1, platform: 'discord' });
      expect(await store.gaps()).toEqual([
        { question: expect.stringMatching(/bake bread/), count: 2, lastAskedAt: '2026-01-03T00:00:00.000Z', reason: 'abstained' },
        { question: 'who won', count: 1, lastAskedAt: '2026-01-02T00:00:00.000Z', reason: 'unsure' },
      ]);
      expect(await store.gaps(1)).toHaveLength(1);
    });

    it('shows each community only its own gaps, exports and purges one community', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      await ask(store, 'question in server one', 'a1', 'G1');
      await ask(store, 'question in server two', 'a2', 'G2');
      await store.recordQuestion({ question: 'question in a DM', outcome: 'abstain', confidence: 0, platform: 'discord' });
      expect((await store.gaps(20, { platform: 'discord', community: 'G1' })).map((g) => g.question)).toEqual(['question in server one']);
      expect(await store.gaps(20, { platform: 'slack', community: 'G1' })).toEqual([]);
      expect((await store.gaps(20, { platform: 'discord' })).map((g) => g.question)).toEqual(['question in a DM']);
      expect((await store.gaps(20)).map((g) => g.question).sort()).toEqual(['question in a DM', 'question in server one', 'question in server two']);

      expect((await store.exportCommunity({ platform: 'discord', community: 'G2' })).questions).toEqual([expect.objectContaining({ question: 'question in server two' })]);
      expect(await store.purgeCommunity({ platform: 'discord', community: 'G2' })).toEqual({ questions: 1, feedback: 0 });
      expect((await store.gaps(20)).map((g) => g.question).sort()).toEqual(['question in a DM', 'question in server one']);
    });

    it('keeps each community\u2019s settings, and resets one to the default', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      const place = { platform: 'slack', community: 'T1' };
      expect(await store.communitySettings(place)).toEqual({});
      await store.updateCommunitySettings(place, { cooldownSeconds: 10, answerMentions: false });
      await store.updateCommunitySettings(place, { announceChannel: 'C0123456' });
      expect(await store.communitySettings(place)).toEqual({ cooldownSeconds: 10, answerMentions: false, announceChannel: 'C0123456' });
      expect(await store.communitySettings({ platform: 'slack', community: 'T2' })).toEqual({});
      await store.updateCommunitySettings(place, { cooldownSeconds: null });
      expect(await store.communitySettings(place)).toEqual({ answerMentions: false, announceChannel: 'C0123456' });
      expect(await store.announceChannels('slack')).toEqual([{ community: 'T1', channel: 'C0123456' }]);
    });

    it('keeps a community\u2019s security channel beside its other settings, and clears it alone', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      const place = { platform: 'discord', community: 'G1' };
      await store.updateCommunitySettings(place, { securityChannel: '300000000000000009', cooldownSeconds: 5 });
      await store.close();
      opened.splice(0);
      const { store: again } = await storeAt('2026-01-01T00:00:00Z');
      expect(await again.communitySettings(place)).toEqual({ securityChannel: '300000000000000009', cooldownSeconds: 5 });
      expect(await again.communitySettings({ platform: 'slack', community: 'G1' })).toEqual({});
      await again.updateCommunitySettings(place, { securityChannel: null });
      expect(await again.communitySettings(place)).toEqual({ cooldownSeconds: 5 });
    });

    it('welcomes a person once per platform, remembered across a restart', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      expect(await store.firstContact('slack', 'U1')).toBe(true);
      expect(await store.firstContact('slack', 'U1')).toBe(false);
      expect(await store.firstContact('discord', 'U1')).toBe(true);
      await store.close();
      opened.splice(0);
      const { store: again } = await storeAt('2026-01-01T00:00:00Z');
      expect(await again.firstContact('slack', 'U1')).toBe(false);
      expect(await again.firstContact('slack', 'U2')).toBe(true);
    });

    it('keeps every one of many quick writes, in order', async () => {
      const { store } = await storeAt('2026-01-01T00:00:00Z');
      for (let i = 0; i < 1_200; i++) void store.recordQuestion({ question: `q${i}`, outcome: 'answer', confidence: 0.9, platform: 'discord', community: 'G1', answerId: `a${i}` });
      for (let i = 0; i < 3; i++) void store.recordAudit({ platform: 'discord', moderatorId: 'M1', action: 'teach', detail: `step ${i}` });
      expect(await store.counts()).toEqual({ questions: 1_200, feedback: 0, audit: 3 });
      expect((await store.audit(2)).map((a) => a.detail)).toEqual(['step 2', 'step 1']);
      const exported = await store.exportCommunity({ platform: 'discord', community: 'G1' });
      expect((exported.questions as { question: string }[]).slice(0, 3).map((q) => q.question)).toEqual(['q0', 'q1', 'q2']);
    });
  });
}
