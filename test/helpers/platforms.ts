import { createDiscordAdapter, type DiscordAdapterOptions } from '../../adapters/discord/discord-adapter.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { FAKE, FakeDiscord } from '../fakes/fake-discord.ts';
import { FakeSlack, SLACK } from '../fakes/fake-slack.ts';
import { shippedBotWithAdmin } from './shipped-knowledge.ts';
import { testLogger } from './test-logs.ts';

/** What a test drives a platform with: the fake, the real library's adapter on it, and how to end both. */
export interface PlatformUnderTest<A extends Adapter, F> {
  fake: F;
  adapter: A;
  /** Stops the adapter before the fake (the other order leaves discord.js reconnecting; see the notes on fakes). */
  stop(): Promise<void>;
}

interface StartOptions {
  /** How the bot is assembled (cooldowns, maintainers…), as for shippedBotWithAdmin. */
  ballotguard?: Parameters<typeof shippedBotWithAdmin>[0];
  /** Extra platform settings, as environment variables. */
  env?: Record<string, string>;
  /** Names the test's log file for the log audit. */
  name?: string;
}

/** The shipped bot on the real discord.js against a fake Discord on 127.0.0.1; `fake` shapes its servers and shards, `adapter` overrides the adapter's options. */
export async function startDiscord({ ballotguard, env, name = 'discord', fake: fakeOptions, adapter: overrides = {} }: StartOptions & { fake?: ConstructorParameters<typeof FakeDiscord>[1]; adapter?: Partial<DiscordAdapterOptions> } = {}): Promise<PlatformUnderTest<Adapter, FakeDiscord>> {
  const fake = new FakeDiscord(FAKE.token, fakeOptions);
  await fake.start();
  const { pipeline } = await shippedBotWithAdmin(ballotguard);
  const config = readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl, ...env });
  const adapter = createDiscordAdapter({ pipeline, config, logger: testLogger(name), restRetries: 0, ...overrides });
  await startOrClose(adapter, fake);
  return { fake, adapter, stop: () => stopBoth(adapter, fake) };
}

/** The shipped bot on the real Bolt over HTTP against a fake Slack on 127.0.0.1; `events` is where Slack would post. */
export async function startSlack({ ballotguard, env, name = 'slack' }: StartOptions = {}): Promise<PlatformUnderTest<SlackAdapter, FakeSlack> & { events: string }> {
  const fake = new FakeSlack();
  await fake.start();
  const { pipeline } = await shippedBotWithAdmin(ballotguard);
  const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0', ...env });
  const adapter = createSlackAdapter({ pipeline, config, logger: testLogger(name), host: '127.0.0.1' });
  await startOrClose(adapter, fake);
  return { fake, adapter, events: `http://127.0.0.1:${adapter.port}/slack/events`, stop: () => stopBoth(adapter, fake) };
}

/** Starts the adapter; when it cannot start, stops both so a failing test leaves nothing running. */
async function startOrClose(adapter: Adapter, fake: { close(): Promise<void> }): Promise<void> {
  try {
    await adapter.start();
  } catch (error) {
    await stopBoth(adapter, fake);
    throw error;
  }
}

async function stopBoth(adapter: Adapter, fake: { close(): Promise<void> }): Promise<void> {
  await adapter.stop();
  await fake.close();
}
