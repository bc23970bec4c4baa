import { afterEach, describe, expect, it } from 'vitest';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { BotRequestInput } from '../../src/core/request.ts';
import type { Records } from '../../src/records/records.ts';
import { RECORDS_BACKENDS, type RecordsPlace } from '../helpers/records-backends.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';

const postgres = RECORDS_BACKENDS.find((b) => b.name === 'PostgreSQL')!;
const request = (input: BotRequestInput['input'], userId: string, community = 'G1'): BotRequestInput => ({ platform: 'discord', community, channel: 'C1', user: { id: userId }, via: 'command', input });

/** Two pipelines on one PostgreSQL, as two processes behind a load balancer (skipped without TEST_DATABASE_URL). */
describe.skipIf(postgres.skip !== undefined)('records shared by two processes through PostgreSQL', () => {
  let place: RecordsPlace | undefined;
  const stores: Records[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await place?.remove();
  });

  it('counts a click on either copy for an answer the other gave, once per person, and shares community settings and welcomes', async () => {
    place = await postgres.place();
    const knowledge = await shippedKnowledge();
    const [one, two] = await Promise.all(
      [0, 1].map(async () => {
        const records = await place!.open();
        stores.push(records);
        return assembleBallotguard({ knowledge, knowledgeDir: 'knowledge', logger: silentLogger(), records, maintainers: [], defaults: { cooldownSeconds: 0 } }).pipeline;
      }),
    );
    const answer = await (await one!.handle(request({ type: 'text', text: 'who is hun sen' }, 'U1'))).reply;
    const click = { type: 'feedback' as const, answerId: answer!.answer!.id!, helpful: false };
    expect(await (await two!.handle(request(click, 'U2'))).feedbackCounted).toBe(true);
    expect(await (await one!.handle(request(click, 'U2'))).feedbackCounted).toBe(false);

    const moderator: BotRequestInput = { ...request({ type: 'text', text: '/settings mentions off' }, 'MOD'), user: { id: 'MOD', communityAdmin: true } };
    expect((await (await one!.handle(moderator)).reply)?.title).toBe('Settings changed');
    expect((await two!.handle({ ...request({ type: 'text', text: 'who was targeted?' }, 'U3'), via: 'mention' })).acknowledge).toBe('silent');

    // A person's first direct message is welcomed by whichever copy answers it, and only that once.
    const direct = (pipeline: typeof one) => pipeline!.handle({ platform: 'discord', user: { id: 'U4' }, via: 'direct', input: { type: 'text', text: 'who is hun sen' } });
    expect((await (await direct(two)).reply)?.body).toMatch(/^\*\*Welcome to ballotguard\.\*\*/);
    expect((await (await direct(one)).reply)?.body).not.toContain('Welcome to ballotguard');
  });
});
