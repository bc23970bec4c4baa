import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import { positionalOptions } from '../../src/commands/parse-command-text.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import { RecordsStore } from '../../src/records/records-store.ts';
import { dmChannelOf, FAKE, FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';

/** Who acts in a scenario: each scenario uses its own people, so one scenario's cooldown never touches another. */
export interface Person {
  /** A short label, unique per scenario, turned into a platform id by each driver. */
  name: string;
  role?: 'member' | 'moderator' | 'maintainer';
}

/** A reply as a person saw it, whatever the platform. */
export interface Seen {
  title: string;
  /** Every piece of text shown, joined. */
  text: string;
  /** Shown to the asker only; undefined where the platform has no such notion (the console). */
  private: boolean | undefined;
  hasSources: boolean;
  /** True when the message cannot notify anyone, by the platform's own rules. */
  pingsNobody: boolean;
  /** Marks the answer helpful or not, as that person; returns the acknowledgement. */
  rate?: (helpful: boolean, by: Person) => Promise<Seen>;
}

/** One platform, driven the way its people use it. */
export interface ContractDriver {
  readonly name: string;
  /** Whether the platform has communities with their own moderators (not the console). */
  readonly communities: boolean;
  records: RecordsStore;
  /**
   * A line typed to the bot: a mention in a channel, or a line at the console. With `expectSilence`, the
   * driver waits until a later request from someone else has been answered, and returns undefined if
   * nothing answered this one.
   */
  say(by: Person, text: string, expectSilence?: boolean): Promise<Seen | undefined>;
  /** A slash command with its text after the name (as `say` for a command the platform would not route). */
  command(by: Person, name: string, rest?: string, expectSilence?: boolean): Promise<Seen | undefined>;
  stop(): Promise<void>;
}

const COOLDOWN_SECONDS = 30;

/** The shipped knowledge in a private directory (maintainers teach into it), records in memory, a 30 s cooldown. */
async function contractPipeline(maintainers: string[]): Promise<{ pipeline: Pipeline; records: RecordsStore; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bg-contract-'));
  await cp('knowledge', dir, { recursive: true });
  const records = new RecordsStore(':memory:');
  const { pipeline } = assembleBallotguard({
    knowledge: await shippedKnowledge(),
    knowledgeDir: dir,
    logger: silentLogger(),
    records,
    maintainers,
    defaults: { cooldownSeconds: COOLDOWN_SECONDS },
    reloader: { inWorker: false },
  });
  return { pipeline, records, dir };
}

// ---------------------------------------------------------------------------------------------- console

export async function consoleDriver(): Promise<ContractDriver> {
  const maintainerId = 'maintainer';
  const { pipeline, records, dir } = await contractPipeline([`console:${maintainerId}`]);
  const consoles = new Map<string, { adapter: Adapter; input: PassThrough; output: string[]; handled: (() => void)[] }>();

  const consoleOf = async (by: Person) => {
    const id = by.role === 'maintainer' ? maintainerId : by.name;
    let entry = consoles.get(id);
    if (!entry) {
      const input = new PassThrough();
      const output = new PassThrough();
      const created = { adapter: undefined as unknown as Adapter, input, output: [] as string[], handled: [] as (() => void)[] };
      output.on('data', (chunk: Buffer) => created.output.push(chunk.toString()));
      created.adapter = createConsoleAdapter({ pipeline, input, output, color: false, userId: id, onHandled: () => created.handled.shift()?.() });
      await created.adapter.start();
      created.output.length = 0; // the greeting
      consoles.set(id, created);
      entry = created;
    }
    return entry;
  };

  const type = async (by: Person, line: string): Promise<Seen | undefined> => {
    const entry = await consoleOf(by);
    entry.output.length = 0;
    const done = new Promise<void>((resolve) => entry.handled.push(resolve));
    entry.input.write(`${line}\n`);
    await done;
    const text = entry.output.join('').trim();
    if (!text) return undefined;
    const seen: Seen = { title: text.split('\n')[0] ?? '', text, private: undefined, hasSources: text.includes('\nSources:'), pingsNobody: true };
    if (text.includes('Helpful? Type + or -.')) seen.rate = async (helpful, rater) => (await type(rater, helpful ? '+' : '-'))!;
    return seen;
  };

  return {
    name: 'console',
    communities: false,
    records,
    say: (by, text) => type(by, text),
    command: (by, name, rest = '') => type(by, `/${name} ${rest}`.trim()),
    async stop() {
      for (const { adapter } of consoles.values()) await adapter.stop();
      records.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------- Discord

type DiscordBody = { embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[]; components?: { components: { custom_id: string }[] }[]; allowed_mentions?: { parse: string[] }; flags?: number };

export async function discordDriver(): Promise<ContractDriver> {
  const ids = new Map<string, string>();
  const idOf = (by: Person) => {
    if (!ids.has(by.name)) ids.set(by.name, `4100000000000${String(ids.size + 10).padStart(5, '0')}`);
    return ids.get(by.name)!;
  };
  const maintainer = idOf({ name: 'the maintainer' });
  const { pipeline, records, dir } = await contractPipeline([`discord:${maintainer}`]);
  const fake = new FakeDiscord();
  await fake.start();
  const adapter = createDiscordAdapter({ pipeline, config: readDiscordConfig({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl }), logger: silentLogger(), restRetries: 0 });
  await adapter.start();
  const userOf = (by: Person) => (by.role === 'maintainer' ? maintainer : idOf(by));

  const seen = (body: DiscordBody, isPrivate: boolean): Seen => {
    const embeds = body.embeds ?? [];
    const text = embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]).join('\n');
    const rating = (body.components ?? []).flatMap((r) => r.components).filter((b) => b.custom_id.startsWith('bg:fb:'));
    const result: Seen = {
      title: embeds[0]?.title ?? '',
      text,
      private: isPrivate,
      hasSources: embeds.some((e) => e.fields?.some((f) => f.name === 'Sources')),
      pingsNobody: body.allowed_mentions?.parse?.length === 0,
    };
    if (rating.length === 2) {
      result.rate = async (helpful, rater) => {
        const click = fake.buttonClick(rating[helpful ? 0 : 1]!.custom_id, { userId: userOf(rater), components: body.components });
        fake.dispatch('INTERACTION_CREATE', click);
        await fake.waitForCall((c) => c.path.includes(`/interactions/${click.id}/`));
        const thanks = await fake.waitForCall((c) => c.method === 'POST' && c.path.includes(`/webhooks/${FAKE.applicationId}/${click.token}`));
        return seen(thanks.body as DiscordBody, (thanks.body as DiscordBody).flags === 64);
      };
    }
    return result;
  };

  /**
   * The call that answered; or, when silence is expected, whatever answered by the time a later probe (from
   * a maintainer, whom no cooldown holds back) has been answered: Discord delivers events in order.
   */
  const answered = async (matches: (c: RecordedCall) => boolean, expectSilence = false): Promise<RecordedCall | undefined> => {
    if (!expectSilence) return fake.waitForCall(matches);
    const probe = fake.slashCommand('about', [], { userId: maintainer });
    fake.dispatch('INTERACTION_CREATE', probe);
    await fake.waitForCall((c) => c.path.includes(`/interactions/${probe.id}/`));
    return fake.calls.find(matches);
  };

  const driver: ContractDriver = {
    name: 'discord',
    communities: true,
    records,
    async say(by, text, expectSilence) {
      const user = userOf(by);
      const start = fake.calls.length;
      const message = fake.message(FAKE.channelId, `<@${FAKE.botId}> ${text}`, { mentionsBot: true, author: fake.user(user) });
      fake.dispatch('MESSAGE_CREATE', message);
      const dm = `/api/v10/channels/${dmChannelOf(user)}/messages`;
      const call = await answered(
        (c) => fake.calls.indexOf(c) >= start && c.method === 'POST' && ((c.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message.id || c.path === dm),
        expectSilence,
      );
      return call && seen(call.body as DiscordBody, call.path === dm);
    },
    async command(by, name, rest = '', expectSilence) {
      const command = pipeline.commands.find((c) => c.name === name);
      if (!command) return driver.say(by, `/${name} ${rest}`, expectSilence); // Discord only sends registered commands
      const options = Object.entries(positionalOptions(command, rest)).map(([key, value]) => ({ name: key, type: 3, value }));
      const permissions = by.role === 'moderator' ? '32' : '0';
      const interaction = fake.slashCommand(name, options, { userId: userOf(by), permissions });
      fake.dispatch('INTERACTION_CREATE', interaction);
      const callback = await answered((c) => c.path.includes(`/interactions/${interaction.id}/`), expectSilence);
      if (!callback) return undefined;
      const { type, data } = callback.body as { type: number; data: DiscordBody };
      if (type === 4) return seen(data, data.flags === 64);
      // Deferred: the answer is edited in, or (a private end to a public start) sent as an ephemeral follow-up.
      const filled = await fake.waitForCall((c) => c.path.includes(`/webhooks/${FAKE.applicationId}/${interaction.token}`) && (c.method === 'PATCH' || c.method === 'POST'));
      const body = filled.body as DiscordBody;
      return seen(body, filled.method === 'PATCH' ? data?.flags === 64 : body.flags === 64);
    },
    async stop() {
      await adapter.stop();
      await fake.close();
      records.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return driver;
}

// ---------------------------------------------------------------------------------------------- Slack

type SlackBlock = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text?: string | { text: string }; value?: string; action_id?: string }[] };

export async function slackDriver(): Promise<ContractDriver> {
  const MODERATOR = 'UMODERATOR';
  const idOf = (by: Person) => (by.role === 'maintainer' ? 'UMAINT' : by.role === 'moderator' ? MODERATOR : `U${by.name.replace(/\W/g, '').toUpperCase()}`);
  const { pipeline, records, dir } = await contractPipeline(['slack:UMAINT']);
  const fake = new FakeSlack();
  await fake.start();
  // Slack's moderators are configured people: every moderator in the scenarios gets a UMOD… id.
  const adapter: SlackAdapter = createSlackAdapter({
    pipeline,
    config: readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0', SLACK_MODERATOR_USER_IDS: MODERATOR }),
    logger: silentLogger(),
    host: '127.0.0.1',
  });
  await adapter.start();
  const events = `http://127.0.0.1:${adapter.port}/slack/events`;
  let counter = 0;
  const post = (body: string, contentType: string) => fetch(events, { method: 'POST', headers: { 'content-type': contentType, ...signSlack(body) }, body });

  const seen = (body: Record<string, unknown>, isPrivate: boolean): Seen => {
    const blocks = (body.blocks ?? []) as SlackBlock[];
    const text = blocks
      .flatMap((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text), ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text?.text ?? ''))])
      .join('\n');
    const all = `${text}\n${String(body.text ?? '')}`;
    const notHelpful = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'bg:fb:no');
    const result: Seen = {
      title: blocks[0]?.type === 'header' ? blocks[0].text?.text ?? '' : '',
      text: all,
      private: isPrivate,
      hasSources: blocks.some((b) => b.type === 'context' && b.elements?.some((e) => typeof e.text === 'string' && e.text.startsWith('<http'))),
      pingsNobody: !/<!(channel|here|everyone)>|<@U|<!subteam/.test(JSON.stringify(body)),
    };
    if (notHelpful?.value) {
      result.rate = async (helpful, rater) => {
        const id = `click${++counter}`;
        const user = idOf(rater);
        const payload = {
          type: 'block_actions', user: { id: user, username: 'rater', team_id: SLACK.teamId }, api_app_id: 'A000', token: 'legacy',
          container: { type: 'message', message_ts: '1700000005.000100', channel_id: SLACK.channelId, is_ephemeral: false },
          trigger_id: 'trigger', team: { id: SLACK.teamId, domain: 'fake' }, channel: { id: SLACK.channelId, name: 'general' }, response_url: fake.responseUrl(id),
          actions: [{ type: 'button', action_id: helpful ? 'bg:fb:yes' : 'bg:fb:no', block_id: 'b', text: { type: 'plain_text', text: 'x' }, value: notHelpful.value, action_ts: '1700000005.000200' }],
        };
        await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
        const thanks = await fake.waitFor((c) => c.path === `/response/${id}`);
        return seen(thanks.body, thanks.body.response_type === 'ephemeral');
      };
    }
    return result;
  };

  /**
   * The call that answered; or, when silence is expected, whatever answered by the time a later probe from
   * a maintainer has been answered (the one before it had long been decided by then).
   */
  const answered = async (matches: (c: SlackCall) => boolean, expectSilence = false): Promise<SlackCall | undefined> => {
    if (!expectSilence) return fake.waitFor(matches);
    const probe = slash({ name: 'probe', role: 'maintainer' }, '/about', '');
    await probe.send();
    await fake.waitFor((c) => c.path === `/response/${probe.id}`);
    return fake.calls.find(matches);
  };

  function slash(by: Person, command: string, text: string) {
    const id = `r${++counter}`;
    const body = new URLSearchParams({
      token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: idOf(by), user_name: by.name,
      command, text, api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
    }).toString();
    return { id, send: () => post(body, 'application/x-www-form-urlencoded') };
  }

  const driver: ContractDriver = {
    name: 'slack',
    communities: true,
    records,
    async say(by, text, expectSilence) {
      const thread = `17000${String(++counter).padStart(5, '0')}.000100`;
      const user = idOf(by);
      const event = { type: 'app_mention', user, text: `<@${SLACK.botUserId}> ${text}`, ts: `${thread.slice(0, -1)}2`, thread_ts: thread, channel: SLACK.channelId, event_ts: thread };
      await post(JSON.stringify({ token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: `Ev${counter}`, event_time: Math.floor(Date.now() / 1000), event }), 'application/json');
      const call = await answered((c) => (c.path === '/api/chat.postMessage' || c.path === '/api/chat.postEphemeral') && c.body.thread_ts === thread, expectSilence);
      return call && seen(call.body, call.path === '/api/chat.postEphemeral');
    },
    async command(by, name, rest = '', expectSilence) {
      // Slack routes only the commands the app declares.
      if (!pipeline.commands.some((c) => c.name === name)) return driver.say(by, `/${name} ${rest}`, expectSilence);
      const request = slash(by, `/${name}`, rest);
      await request.send();
      const call = await answered((c) => c.path === `/response/${request.id}`, expectSilence);
      return call && seen(call.body, call.body.response_type === 'ephemeral');
    },
    async stop() {
      await adapter.stop();
      await fake.close();
      records.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return driver;
}
