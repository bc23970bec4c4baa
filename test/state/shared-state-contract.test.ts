import { afterEach, describe, expect, it } from 'vitest';
import { STATE_BACKENDS, type StatePlace } from '../helpers/state-backends.ts';

const asker = { platform: 'discord', community: 'G1', id: 'U1' };
/**
 * How long the short-lived things in these tests live. Redis keeps time on its own clock, so this must
 * outlast a test's round trips on a busy machine (50 ms did not: a key expired between two calls in CI);
 * waiting it out costs Redis's tests about that long, and the in-process state's nothing (a clock).
 */
const LIFETIME_MS = 2_000;

/**
 * The one suite both kinds of short-lived state pass: one process's (memory and SQLite, always) and
 * Redis's (when TEST_REDIS_URL is set; .ci/run starts one). Two handles on one place are two copies of the bot.
 */
for (const backend of STATE_BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`short-lived state in ${backend.name}`, () => {
    let place: StatePlace | undefined;
    afterEach(async () => {
      await place?.close();
      place = undefined;
    });
    const twoCopies = async (lifetimes?: { holdMs?: number; keepMs?: number }) => {
      place = await backend.place();
      return [await place.open(lifetimes), await place.open(lifetimes)] as const;
    };

    it('knows a handled request on every copy, once, until it expires', async () => {
      const [one, two] = await twoCopies();
      expect(await one.seen.firstTime('slack-event:Ev1', LIFETIME_MS)).toBe(true);
      expect(await two.seen.firstTime('slack-event:Ev1', LIFETIME_MS)).toBe(false);
      expect(await one.seen.firstTime('slack-event:Ev1', LIFETIME_MS)).toBe(false);
      expect(await two.seen.firstTime('slack-event:Ev2', LIFETIME_MS)).toBe(true);
      // Of many copies racing on one retry, exactly one handles it.
      const raced = await Promise.all([one, two, one, two].map((copy) => copy.seen.firstTime('slack-event:Ev3', LIFETIME_MS)));
      expect(raced.filter(Boolean)).toHaveLength(1);
      await place!.elapse(LIFETIME_MS + 10);
      expect(await two.seen.firstTime('slack-event:Ev1', LIFETIME_MS)).toBe(true);
    });

    it('gives a held report back only to its sender, on any copy, and sends it once', async () => {
      const [one, two] = await twoCopies();
      const text = 'From: LICADHO <info@licadho-survey.com> \u1780\u1798\u17d2\u1796\u17bb\u1787\u17b6 open the file';
      const id = await one.held.hold(text, asker);
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(await two.held.peek(id, { ...asker, id: 'U2' })).toBeUndefined();
      expect(await two.held.peek(id, { ...asker, platform: 'slack' })).toBeUndefined();
      expect(await two.held.peek('AAAAAAAAAAAAAAAA', asker)).toBeUndefined();
      // Confirmed in a direct message (no community): still theirs, still bound for its own community.
      expect(await two.held.peek(id, { platform: 'discord', id: 'U1' })).toMatchObject({ text, community: 'G1', userId: 'U1' });
      expect(await two.held.take(id, { ...asker, id: 'U2' })).toBeUndefined();
      // Two clicks on two copies: one sends.
      const taken = await Promise.all([one.held.take(id, asker), two.held.take(id, asker)]);
      expect(taken.filter((report) => report?.text === text)).toHaveLength(1);
      expect(await one.held.peek(id, asker)).toBeUndefined();
    });

    it('forgets a held report once its time is up', async () => {
      const [one, two] = await twoCopies({ holdMs: LIFETIME_MS });
      const id = await one.held.hold('licadho-org.net', asker);
      expect((await two.held.peek(id, asker))?.text).toBe('licadho-org.net');
      await place!.elapse(LIFETIME_MS + 10);
      expect(await two.held.peek(id, asker)).toBeUndefined();
      expect(await one.held.take(id, asker)).toBeUndefined();
    });

    it('keeps the last question of each conversation for every copy, then forgets it', async () => {
      const [one, two] = await twoCopies({ keepMs: LIFETIME_MS });
      expect(await two.conversations.previous('discord\u0000C1\u0000U1')).toBeUndefined();
      await one.conversations.remember('discord\u0000C1\u0000U1', 'who was targeted?');
      await one.conversations.remember('discord\u0000C1\u0000U2', 'what is the cnrp?');
      expect(await two.conversations.previous('discord\u0000C1\u0000U1')).toBe('who was targeted?');
      await two.conversations.remember('discord\u0000C1\u0000U1', 'and the senate?');
      expect(await one.conversations.previous('discord\u0000C1\u0000U1')).toBe('and the senate?');
      expect(await one.conversations.previous('discord\u0000C1\u0000U2')).toBe('what is the cnrp?');
      expect(await one.conversations.previous('slack\u0000C1\u0000U1')).toBeUndefined();
      await place!.elapse(LIFETIME_MS + 10);
      expect(await two.conversations.previous('discord\u0000C1\u0000U1')).toBeUndefined();
    });

    it.skipIf(backend.name !== 'Redis')('stores no question, message or id readably, only under hashes with an expiry', async () => {
      const [one] = await twoCopies();
      await one.seen.firstTime('slack-event:Ev-visible', 60_000);
      await one.held.hold('licadho-survey.com secret-message', { platform: 'slack', community: 'T-visible', id: 'U-visible' });
      await one.conversations.remember('slack\u0000C-visible\u0000U-visible', 'is my party email read');
      const dump = await place!.dump!();
      expect(dump.split('\n')).toHaveLength(3);
      for (const line of dump.split('\n')) expect(Number(/ttl=(-?\d+)/.exec(line)![1])).toBeGreaterThan(0);
      for (const visible of ['Ev-visible', 'licadho', 'secret', 'T-visible', 'U-visible', 'C-visible', 'party', 'email']) expect(dump).not.toContain(visible);
    });
  });
}
