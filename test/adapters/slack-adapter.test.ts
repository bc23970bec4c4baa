import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import { slackManifest } from '../../adapters/slack/slack-manifest.ts';
import { renderSlack } from '../../adapters/slack/render-slack.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import { noteUserText, testLogger } from '../helpers/test-logs.ts';
import { reply } from '../../src/core/reply.ts';
import { blockKitProblem, FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { waitUntil } from '../fakes/wait-for-call.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import type { RecordsStore } from '../../src/records/records-store.ts';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text?: string | { text: string }; value?: string; action_id?: string }[] };

let requestCounter = 0;

describe('the Slack adapter over HTTP against signed requests and a fake Web API', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let events: string;
  let records: RecordsStore;

  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: SLACK.botToken,
      SLACK_SIGNING_SECRET: SLACK.signingSecret,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      SLACK_MODERATOR_USER_IDS: 'UMOD',
      SLACK_MODERATOR_CHANNEL_ID: 'CMODS',
      SLACK_WORKSPACE_ADMINS_MODERATE: 'true',
      SLACK_MODERATOR_USERGROUP_ID: SLACK.userGroupId,
    });
    const wired = await shippedBotWithAdmin();
    records = wired.records;
    adapter = createSlackAdapter({ pipeline: wired.pipeline, config, logger: testLogger('slack-adapter'), host: '127.0.0.1' });
    await adapter.start();
    events = `http://127.0.0.1:${adapter.port}/slack/events`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  const post = (body: string, contentType: string, headers: Record<string, string> = signSlack(body)) =>
    fetch(events, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });

  const slash = (command: string, text: string, userId: string = SLACK.userId) => {
    noteUserText(text);
    const id = `r${++requestCounter}`;
    const body = new URLSearchParams({
      token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: userId, user_name: 'asker',
      command, text, api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
    }).toString();
    const headers = signSlack(body);
    // The same signed bytes each time: a second send is a replay.
    return { id, send: () => post(body, 'application/x-www-form-urlencoded', headers) };
  };

  const eventBody = (event: Record<string, unknown>, eventId = `Ev${++requestCounter}`) =>
    noteUserText(event.text) ?? JSON.stringify({ token: 'legacy', team_id: SLACK.teamId, api_app_id: 'A000', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event });

  const responseFor = (id: string) => (c: SlackCall) => c.path === `/response/${id}`;

  it('answers a slash command through its response_url with the expected blocks', async () => {
    const request = slash('/targets', 'ministry');
    const ack = await request.send();
    expect(ack.status).toBe(200);
    const call = await fake.waitFor(responseFor(request.id));
    const blocks = call.body.blocks as Block[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Targets matching \u201cministry\u201d' } });
    expect(blocks.find((b) => b.type === 'section')?.text?.text).toContain('\u2022 *Ministry of the Interior*');
    expect(blocks.find((b) => b.type === 'context')?.elements?.[0]?.text).toMatch(/^<https?:\/\/[^|]+\|/);
    expect(call.body).toMatchObject({ response_type: 'in_channel', text: expect.stringContaining('Ministry of the Interior') });
  });

  it('keeps help ephemeral', async () => {
    const request = slash('/help', '');
    await request.send();
    expect((await fake.waitFor(responseFor(request.id))).body.response_type).toBe('ephemeral');
  });

  it('answers an app mention with chat.postMessage, in the thread it was asked in', async () => {
    const body = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> who was behind the attacks?`, ts: '1700000001.000200', thread_ts: '1700000000.000100', channel: SLACK.channelId, event_ts: '1700000001.000200' });
    expect((await post(body, 'application/json')).status).toBe(200);
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000100');
    expect(call.auth).toBe(`Bearer ${SLACK.botToken}`);
    expect(call.body.channel).toBe(SLACK.channelId);
    // Links in answers never unfold into previews.
    expect(call.body).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    expect((call.body.blocks as Block[])[0]?.text?.text).toBe('TEMP.Periscope (APT40, Leviathan)');
  });

  it('shows a reply meant for one person (help, errors) to them only, with chat.postEphemeral in the thread', async () => {
    const body = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> /nosuchcommand`, ts: '1700000001.000300', thread_ts: '1700000000.000900', channel: SLACK.channelId, event_ts: '1700000001.000300' });
    await post(body, 'application/json');
    const call = await fake.waitFor((c) => c.path === '/api/chat.postEphemeral' && c.body.thread_ts === '1700000000.000900');
    expect(call.body).toMatchObject({ channel: SLACK.channelId, user: SLACK.userId });
    expect((call.body.blocks as Block[])[0]?.text?.text).toBe('Unknown command');
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000900')).toEqual([]);
  });

  it('serves every command under one namespaced /ballotguard command', async () => {
    const request = slash('/ballotguard', 'targets ministry');
    await request.send();
    const call = await fake.waitFor(responseFor(request.id));
    expect((call.body.blocks as Block[])[0]).toMatchObject({ type: 'header', text: { text: 'Targets matching \u201cministry\u201d' } });
  });

  it('answers a direct message', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', user: SLACK.userId, text: 'who is kem sokha', ts: '1700000002.000100', channel: SLACK.dmChannelId, event_ts: '1700000002.000100' });
    await post(body, 'application/json');
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === SLACK.dmChannelId);
    expect((call.body.blocks as Block[])[0]?.text?.text).toBe('Kem Sokha');
  });

  it('reads what Slack sends as HTML entities as the characters typed', async () => {
    // Slack delivers a typed "&", "<" and ">" as &amp;, &lt; and &gt;; read as sent, their semicolons ended sentences.
    const body = eventBody({ type: 'message', channel_type: 'im', user: SLACK.userId, text: 'which c&amp;c servers did they use?', ts: '1700000002.000300', channel: SLACK.dmChannelId, event_ts: '1700000002.000300' });
    await post(body, 'application/json');
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === SLACK.dmChannelId && JSON.stringify(c.body).includes('Indicators'));
    expect((call.body.blocks as Block[])[0]?.text?.text).toBe('Indicators from the Cambodia campaign (historical, defanged)');
    expect(JSON.stringify(call.body)).not.toContain('You also asked');
  });

  it('runs a clicked follow-up button', async () => {
    const request = slash('/ask', 'who was targeted?');
    await request.send();
    const answer = await fake.waitFor(responseFor(request.id));
    const button = (answer.body.blocks as Block[]).find((b) => b.type === 'actions')!.elements![0]!;
    const id = `r${++requestCounter}`;
    const payload = {
      type: 'block_actions', user: { id: SLACK.userId, username: 'asker', team_id: SLACK.teamId }, api_app_id: 'A000', token: 'legacy',
      container: { type: 'message', message_ts: '1700000003.000100', channel_id: SLACK.channelId, is_ephemeral: false },
      trigger_id: 'trigger', team: { id: SLACK.teamId, domain: 'fake' }, channel: { id: SLACK.channelId, name: 'general' },
      response_url: fake.responseUrl(id),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: button.value, action_ts: '1700000003.000200' }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect((await post(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    const clicked = await fake.waitFor(responseFor(id));
    expect(clicked.body).toMatchObject({ replace_original: false });
    expect(((clicked.body.blocks as Block[])[0]?.text?.text ?? '').length).toBeGreaterThan(0);
  });

  it('rejects a forged signature, a stale timestamp and one from the future with 401, answering nothing', async () => {
    const before = fake.calls.length;
    const body = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> forged`, ts: '1', channel: SLACK.channelId, event_ts: '1' });
    expect((await post(body, 'application/json', signSlack(body, { secret: 'not-the-secret' }))).status).toBe(401);
    expect((await post(body, 'application/json', signSlack(body, { timestamp: Math.floor(Date.now() / 1000) - 600 }))).status).toBe(401);
    expect((await post(body, 'application/json', {})).status).toBe(401);
    expect((await post(body, 'application/json', signSlack(body, { timestamp: Math.floor(Date.now() / 1000) + 3_600 }))).status).toBe(401);
    // A valid request afterwards is answered; the refused ones left no trace before it.
    const sentinel = slash('/about', '');
    await sentinel.send();
    await fake.waitFor(responseFor(sentinel.id));
    expect(fake.calls.slice(before).map((c) => c.path)).toEqual([`/response/${sentinel.id}`]);
  });

  it("answers Slack's unsigned ssl_check with 200, and never acts on a payload smuggled into one", async () => {
    const before = fake.calls.length;
    expect((await post('ssl_check=1&token=legacy', 'application/x-www-form-urlencoded', {})).status).toBe(200);
    const smuggled = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> smuggled`, ts: '1700000009.000100', channel: 'C997', event_ts: '1700000009.000100' });
    expect((await post(new URLSearchParams({ ssl_check: '1', payload: smuggled }).toString(), 'application/x-www-form-urlencoded', {})).status).toBe(200);
    // A valid request afterwards is answered; the checks left no trace before it.
    const sentinel = slash('/about', '');
    await sentinel.send();
    await fake.waitFor(responseFor(sentinel.id));
    expect(fake.calls.slice(before).map((c) => c.path)).toEqual([`/response/${sentinel.id}`]);
  });

  it('answers a retried event once', async () => {
    const body = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> what is the cnrp`, ts: '1700000004.000100', channel: 'C999', event_ts: '1700000004.000100' }, 'EvRetried');
    await post(body, 'application/json');
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C999');
    await post(body, 'application/json', { ...signSlack(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    // An event sent after the retry is answered; by then the retry would have been too.
    const sentinel = eventBody({ type: 'app_mention', user: SLACK.userId, text: `<@${SLACK.botUserId}> what is the nec`, ts: '1700000004.000300', channel: 'C998', event_ts: '1700000004.000300' });
    await post(sentinel, 'application/json');
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C998');
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C999')).toHaveLength(1);
  });

  it('answers a replayed signed slash command once', async () => {
    const request = slash('/about', '');
    expect((await request.send()).status).toBe(200);
    await fake.waitFor(responseFor(request.id));
    expect((await request.send()).status).toBe(200);
    const sentinel = slash('/about', '');
    await sentinel.send();
    await fake.waitFor(responseFor(sentinel.id));
    expect(fake.calls.filter(responseFor(request.id))).toHaveLength(1);
  });

  it('answers once a signed slash command sent several times at once', async () => {
    const request = slash('/about', '');
    const acks = await Promise.all([request.send(), request.send(), request.send()]);
    expect(acks.map((ack) => ack.status)).toEqual([200, 200, 200]);
    await fake.waitFor(responseFor(request.id));
    // A later request answered means any second answer to the first would have come before it.
    const sentinel = slash('/about', '');
    await sentinel.send();
    await fake.waitFor(responseFor(sentinel.id));
    expect(fake.calls.filter(responseFor(request.id))).toHaveLength(1);
  });

  it('escapes <!channel> and friends from a user so they never notify anyone', async () => {
    const request = slash('/targets', '<!channel> <!here> <@U999>');
    await request.send();
    const call = await fake.waitFor(responseFor(request.id));
    const everything = JSON.stringify(call.body);
    expect(everything).not.toMatch(/<!channel>|<!here>|<@U999>/);
    expect(everything).toContain('&lt;!channel&gt;');
  });

  it('keeps an over-long answer within Slack\u2019s limits', async () => {
    const request = slash('/sources', '');
    await request.send();
    const call = await fake.waitFor(responseFor(request.id));
    expect(blockKitProblem(call.body)).toBeUndefined();
    expect((call.body.blocks as Block[]).filter((b) => b.type === 'section').length).toBeGreaterThan(1);
  });

  it('refuses /kb to a user who is not a moderator, /kb teach to a workspace moderator, and serves status to one, privately', async () => {
    const refused = slash('/kb', 'teach hun-sen who runs cambodia');
    await refused.send();
    const no = await fake.waitFor(responseFor(refused.id));
    expect(no.body.response_type).toBe('ephemeral');
    expect((no.body.blocks as Block[])[0]?.text?.text).toBe('Moderators only');
    const moderatorTeach = slash('/kb', 'teach hun-sen who runs cambodia', 'UMOD');
    await moderatorTeach.send();
    expect(((await fake.waitFor(responseFor(moderatorTeach.id))).body.blocks as Block[])[0]?.text?.text).toBe('Maintainers only');
    expect(records.audit()).toEqual([]);

    // Configured people, workspace admins (users.info) and the moderators' user group all moderate.
    for (const moderator of ['UMOD', SLACK.adminUserId, SLACK.userGroupMemberId]) {
      const status = slash('/kb', 'status', moderator);
      await status.send();
      const yes = await fake.waitFor(responseFor(status.id));
      expect(yes.body.response_type).toBe('ephemeral');
      expect((yes.body.blocks as Block[])[0]?.text?.text).toBe('Knowledge: OK');
    }
  });

  it('records a "not helpful" click once per person, however often it is replayed', async () => {
    const request = slash('/ask', 'who is kem sokha');
    await request.send();
    const answer = await fake.waitFor(responseFor(request.id));
    const notHelpful = (answer.body.blocks as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'bg:fb:no')!;
    const id = `r${++requestCounter}`;
    const payload = {
      type: 'block_actions', user: { id: SLACK.userId, username: 'asker', team_id: SLACK.teamId }, api_app_id: 'A000', token: 'legacy',
      container: { type: 'message', message_ts: '1700000005.000100', channel_id: SLACK.channelId, is_ephemeral: false },
      trigger_id: 'trigger', team: { id: SLACK.teamId, domain: 'fake' }, channel: { id: SLACK.channelId, name: 'general' }, response_url: fake.responseUrl(id),
      actions: [{ type: 'button', action_id: 'bg:fb:no', block_id: 'b2', text: { type: 'plain_text', text: 'Not helpful' }, value: notHelpful.value, action_ts: '1700000005.000200' }],
    };
    const click = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    await post(click, 'application/x-www-form-urlencoded');
    const thanks = await fake.waitFor(responseFor(id));
    expect(thanks.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks.body.text).toContain('Thank you');
    // The same person clicking again (a new, differently signed request) is told their rating already counts.
    const before = fake.calls.length;
    await post(click, 'application/x-www-form-urlencoded', signSlack(click, { timestamp: Math.floor(Date.now() / 1000) + 1 }));
    const again = await fake.waitFor((c) => c.path === `/response/${id}` && fake.calls.indexOf(c) >= before);
    expect(again.body.text).toContain('already rated');
    // An exact replay of the signed request is acknowledged and otherwise ignored.
    expect((await post(click, 'application/x-www-form-urlencoded', signSlack(click, { timestamp: Math.floor(Date.now() / 1000) + 1 }))).status).toBe(200);
    expect(records.gaps().filter((g) => g.reason === 'unhelpful' && g.question === 'who is kem sokha')).toEqual([expect.objectContaining({ count: 1 })]);
  });

  it('announces a refused reload in the moderators\u2019 channel, escaped', async () => {
    await adapter.notifyModerators!('Knowledge reload refused: people.yaml:3:5 <!channel>', []);
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CMODS');
    expect(call.body.text).toBe('Knowledge reload refused: people.yaml:3:5 &lt;!channel&gt;');
  });

  it('answers GET /healthz with 200 for load balancers', async () => {
    const res = await fetch(`http://127.0.0.1:${adapter.port}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('the Slack adapter in Socket Mode', () => {
  it('receives a slash command envelope, acks it and answers through response_url', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const config = readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken, SLACK_APP_TOKEN: SLACK.appToken, SLACK_API_URL: fake.apiUrl });
    const adapter = createSlackAdapter({ pipeline: (await shippedBotWithAdmin()).pipeline, config, logger: testLogger('slack-adapter') });
    try {
      await adapter.start();
      await waitUntil(() => fake.socketConnected, 'the Socket Mode connection');
      fake.sendEnvelope({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        retry_attempt: 0,
        retry_reason: '',
        payload: {
          token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, user_id: SLACK.userId, command: '/timeline', text: '2021',
          api_app_id: 'A000', response_url: fake.responseUrl('socket-1'), trigger_id: 't',
        },
      });
      const call = await fake.waitFor((c) => c.path === '/response/socket-1');
      expect((call.body.blocks as Block[])[0]?.text?.text).toBe('Timeline: \u201c2021\u201d');
      expect(fake.socketAcks.map((a) => a.envelope_id)).toContain('env-1');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});

describe('Slack configuration, manifest and rendering', () => {
  it('names the missing setting', () => {
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: SLACK.botToken })).toThrow(/SLACK_SIGNING_SECRET: set SLACK_SIGNING_SECRET for HTTP mode/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'nope', SLACK_SIGNING_SECRET: SLACK.signingSecret })).toThrow(/SLACK_BOT_TOKEN: must be a bot token/);
  });

  it('generates a manifest declaring every command of the model exactly once', () => {
    const manifest = slackManifest(USER_COMMANDS, { requestUrl: 'https://bot.example.org/slack/events' });
    const commands = manifest.features.slash_commands.map((c) => c.command);
    expect(commands).toEqual(['/ballotguard', ...USER_COMMANDS.map((c) => `/${c.name}`)]);
    expect(slackManifest(USER_COMMANDS, { style: 'namespaced' }).features.slash_commands.map((c) => c.command)).toEqual(['/ballotguard']);
    expect(new Set(commands).size).toBe(commands.length);
    expect(manifest.features.slash_commands.find((c) => c.command === '/targets')?.usage_hint).toBe('[filter]');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked']);
    expect(manifest.oauth_config).not.toHaveProperty('redirect_urls');
    expect(slackManifest(USER_COMMANDS, { oauthRedirectUrl: 'https://bot.example.org/slack/oauth_redirect' }).oauth_config.redirect_urls).toEqual(['https://bot.example.org/slack/oauth_redirect']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(slackManifest(USER_COMMANDS, { workspaceAdmins: true, userGroup: true }).oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read', 'usergroups:read']);
    expect(slackManifest(USER_COMMANDS).settings.socket_mode_enabled).toBe(true);
  });

  it('keeps any reply within Block Kit limits, with a plain-text fallback', () => {
    const huge = reply({
      kind: 'answer',
      title: 'T'.repeat(400),
      body: Array.from({ length: 2_000 }, (_, i) => `- line ${i} with [a link](https://example.org/${i})`).join('\n'),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `F${i}`, value: 'v'.repeat(3_000), inline: true })),
      sources: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, label: `Source ${i}`, url: 'https://example.org' })),
      suggestions: Array.from({ length: 9 }, (_, i) => ({ label: `S${i} ${'y'.repeat(120)}`, run: `/ask ${'z'.repeat(3_000)}` })),
    });
    const message = renderSlack(huge);
    expect(blockKitProblem(message as unknown as Record<string, unknown>)).toBeUndefined();
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(3_000);
  });
});
