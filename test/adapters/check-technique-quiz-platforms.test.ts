import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Adapter } from '../../src/core/adapter.ts';
import { FakeDiscord, type RecordedCall } from '../fakes/fake-discord.ts';
import { FakeSlack, signSlack, SLACK, type SlackCall } from '../fakes/fake-slack.ts';
import { startDiscord, startSlack } from '../helpers/platforms.ts';

// /check, /technique and /quiz are defined once in the command model; these tests show that the real
// discord.js and Bolt serve them (against the fakes), including autocomplete and the quiz's buttons.

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type MessageBody = { embeds?: Embed[]; components?: { components: { custom_id: string; label: string }[] }[]; flags?: number };
type Block = { type: string; text?: { text: string }; elements?: { text?: string | { text: string }; value?: string; action_id?: string }[] };

describe('on Discord', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const callbackOf = (id: string) => (c: RecordedCall) => c.method === 'POST' && c.path.includes(`/interactions/${id}/`);
  const dataOf = (call: RecordedCall) => (call.body as { type: number; data: MessageBody }).data;
  const slash = async (name: string, options: { name: string; type: number; value: string; focused?: boolean }[], extra?: { type: number }) => {
    const interaction = fake.slashCommand(name, options, extra);
    fake.dispatch('INTERACTION_CREATE', interaction);
    return fake.waitForCall(callbackOf(interaction.id));
  };

  let platform: Awaited<ReturnType<typeof startDiscord>> | undefined;
  beforeAll(async () => {
    platform = await startDiscord({ ballotguard: { defaults: { cooldownSeconds: 0 } }, name: 'check-technique-quiz-platforms' });
    ({ fake, adapter } = platform);
  });

  afterAll(() => platform?.stop());

  it('answers /technique T1566.001 and /technique spearphishing, and autocompletes technique IDs', async () => {
    const byId = dataOf(await slash('technique', [{ name: 'technique', type: 3, value: 'T1566.001' }]));
    expect(byId.embeds?.[0]?.title).toBe('T1566.001 Phishing: Spearphishing Attachment');
    expect(JSON.stringify(byId.embeds)).toContain('MITRE ATT&CK\u00ae Enterprise v18.1');
    const byName = dataOf(await slash('technique', [{ name: 'technique', type: 3, value: 'spearphishing' }]));
    expect(byName.embeds?.[0]?.title).toMatch(/ATT&CK techniques match/);
    const completion = (await slash('technique', [{ name: 'technique', type: 3, value: 'T1566', focused: true }], { type: 4 })).body as {
      data: { choices: { name: string }[] };
    };
    expect(completion.data.choices.map((c) => c.name)).toContain('T1566.001 Phishing: Spearphishing Attachment');
  });

  it('answers /check privately, defanged', async () => {
    const data = dataOf(await slash('check', [{ name: 'text', type: 3, value: 'LICADHO investigator <licadho.investigator@gmail.com>' }]));
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.description).toContain('free webmail address (**gmail[.]com**)');
    expect(JSON.stringify(data)).not.toContain('gmail.com');
  });

  it('runs the quiz privately through its buttons', async () => {
    const question = dataOf(await slash('quiz', []));
    expect(question.flags).toBe(64);
    expect(question.embeds?.[0]?.title).toMatch(/^Quiz: question 1 of \d+$/);
    const buttons = question.components![0]!.components;
    expect(buttons.map((b) => b.label.slice(0, 2))).toEqual(['a)', 'b)', 'c)', 'd)']);
    const click = fake.buttonClick(buttons[1]!.custom_id);
    fake.dispatch('INTERACTION_CREATE', click);
    const answered = dataOf(await fake.waitForCall(callbackOf(click.id)));
    expect(answered.embeds?.[0]?.title).toMatch(/^(Right|Not quite): question 1 of \d+$/);
  });
});

let requestCounter = 0;

describe('on Slack', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let events: string;
  const post = (body: string, contentType: string) => fetch(events, { method: 'POST', headers: { 'content-type': contentType, ...signSlack(body) }, body });
  const responseFor = (id: string) => (c: SlackCall) => c.path === `/response/${id}`;
  const slash = async (command: string, text: string) => {
    const id = `t${++requestCounter}`;
    const body = new URLSearchParams({
      token: 'legacy', team_id: SLACK.teamId, channel_id: SLACK.channelId, channel_name: 'general', user_id: SLACK.userId, user_name: 'asker',
      command, text, api_app_id: 'A000', response_url: fake.responseUrl(id), trigger_id: `trigger-${id}`,
    }).toString();
    expect((await post(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    return (await fake.waitFor(responseFor(id))).body;
  };
  const headerOf = (body: Record<string, unknown>) => (body.blocks as Block[])[0]?.text?.text;

  let platform: Awaited<ReturnType<typeof startSlack>> | undefined;
  beforeAll(async () => {
    platform = await startSlack({ ballotguard: { defaults: { cooldownSeconds: 0 } }, name: 'check-technique-quiz-platforms' });
    ({ fake, adapter, events } = platform);
  });

  afterAll(() => platform?.stop());

  it('answers /technique T1566.001 and /technique spearphishing', async () => {
    expect(headerOf(await slash('/technique', 'T1566.001'))).toBe('T1566.001 Phishing: Spearphishing Attachment');
    expect(headerOf(await slash('/technique', 'spearphishing'))).toMatch(/ATT&CK techniques match/);
  });

  it('answers /check ephemerally, with a whole message and its line breaks', async () => {
    const body = await slash('/check', 'From: LICADHO <info@licadho-survey.com>\nAttachment: Interview-Questions.docx.js');
    expect(body.response_type).toBe('ephemeral');
    const text = JSON.stringify(body.blocks);
    expect(text).toContain('licadho-survey[.]com');
    expect(text).toContain('double extension');
    expect(text).not.toContain('licadho-survey.com');
  });

  it('reads a sender line as Slack delivers it, with entities and a mailto link', async () => {
    const body = await slash('/check', 'LICADHO investigator &lt;<mailto:licadho.investigator@gmail.com|licadho.investigator@gmail.com>&gt;');
    expect(JSON.stringify(body.blocks)).toContain('free webmail address');
  });

  it('runs the quiz through its buttons', async () => {
    const question = await slash('/quiz', '');
    expect(question.response_type).toBe('ephemeral');
    const button = (question.blocks as Block[]).find((b) => b.type === 'actions')!.elements![0]!;
    const id = `t${++requestCounter}`;
    const payload = {
      type: 'block_actions', user: { id: SLACK.userId, username: 'asker', team_id: SLACK.teamId }, api_app_id: 'A000', token: 'legacy',
      container: { type: 'message', message_ts: '1700000003.000100', channel_id: SLACK.channelId, is_ephemeral: true },
      trigger_id: 'trigger', team: { id: SLACK.teamId, domain: 'fake' }, channel: { id: SLACK.channelId, name: 'general' },
      response_url: fake.responseUrl(id),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: button.value, action_ts: '1700000003.000200' }],
    };
    expect((await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded')).status).toBe(200);
    const answered = await fake.waitFor(responseFor(id));
    expect(headerOf(answered.body)).toMatch(/^(Right|Not quite): question 1 of \d+$/);
  });
});
