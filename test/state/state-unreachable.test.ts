import { describe, expect, it } from 'vitest';
import type { BotRequestInput } from '../../src/core/request.ts';
import { RedisUnavailableError } from '../../src/state/redis-connection.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

const request = (text: string): BotRequestInput => ({ platform: 'slack', community: 'T1', channel: 'C1', user: { id: 'U1' }, via: 'command', input: { type: 'text', text } });
const down = () => Promise.reject(new RedisUnavailableError('connection is closed', undefined));

describe('shared state that cannot be reached', () => {
  it('costs the follow-up reading and the Report button, never the answer', async () => {
    const { pipeline } = await shippedBotWithAdmin({
      conversations: { previous: down, remember: down },
      heldReports: { hold: down, peek: down, take: down },
      securityChannels: ['slack:T1:CSEC'],
    });
    const answered = await (await pipeline.handle(request('when was kem sokha arrested?'))).reply;
    expect(answered?.kind).toBe('answer');
    expect(answered?.title).toContain('Kem Sokha');
    // Read on its own, without the question before it, but answered all the same.
    const followUp = await (await pipeline.handle(request('what was he charged with?'))).reply;
    expect(followUp?.kind).not.toBe('error');
    expect(followUp?.body).not.toContain('previous question');

    const check = '/check From: LICADHO <licadho.investigator@gmail.com>';
    // Where the held message can be kept, this check offers the button…
    const working = (await shippedBotWithAdmin({ securityChannels: ['slack:T1:CSEC'] })).pipeline;
    expect((await (await working.handle(request(check))).reply)?.suggestions.map((s) => s.label)).toContain('Report to security');
    // …and here it is answered without it.
    const checked = await (await pipeline.handle(request(check))).reply;
    expect(checked?.kind).not.toBe('error');
    expect(checked?.suggestions.map((s) => s.label)).not.toContain('Report to security');
    // A confirmation that cannot reach its held message gets a kind error, not silence or a crash.
    const confirmed = await (await pipeline.handle(request('/report send:AAAAAAAAAAAAAAAA'))).reply;
    expect(confirmed?.visibility).toBe('private');
  });
});
