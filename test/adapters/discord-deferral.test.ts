import { afterEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/core/adapter.ts';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import { startDiscord, type PlatformUnderTest } from '../helpers/platforms.ts';

describe('a slow Discord command whose answer is not ready at once', () => {
  let discord: PlatformUnderTest<Adapter, FakeDiscord> | undefined;
  afterEach(async () => discord?.stop());

  it('is deferred within Discord\u2019s deadline, then the answer is edited in', async () => {
    // No wait at all for the answer: every slow command takes the deferral path.
    discord = await startDiscord({ name: 'discord-deferral', adapter: { answerWithinMs: 0 } });
    const { fake } = discord;
    const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: 'Who was behind the attacks?' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const deferred = await fake.waitForCall((c) => c.path.endsWith(`/interactions/${interaction.id}/${interaction.token}/callback`));
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`));
    expect((edit.body as { embeds?: { title?: string }[] }).embeds?.[0]?.title).toBe('TEMP.Periscope (APT40, Leviathan)');
  });
});
