import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { readSlackConfig } from '../../adapters/slack/slack-config.ts';
import type { Installations } from '../../src/records/installations.ts';
import { FakeSlack, SLACK, signSlack, type SlackCall } from '../fakes/fake-slack.ts';
import { RECORDS_BACKENDS, type RecordsPlace } from '../helpers/records-backends.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';
import { installWorkspace, mentionEvent, oauthEnv } from '../helpers/slack-install.ts';
import { noteUserText, testLogger } from '../helpers/test-logs.ts';

const TEAM_A = 'TALPHA';
const TEAM_B = 'TBRAVO';

for (const backend of RECORDS_BACKENDS) describe.skipIf(backend.skip !== undefined)(`Slack for many workspaces: OAuth installs kept in ${backend.name}`, () => {
  let fake: FakeSlack;
  let place: RecordsPlace;
  /** Two stateless copies of the bot behind one load balancer: each has its own connection to the database. */
  const copies: { adapter: SlackAdapter; installations: Installations; url: string }[] = [];
  let counter = 0;

  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    place = await backend.place();
    const { pipeline } = await shippedBotWithAdmin();
    const config = readSlackConfig({ ...oauthEnv(fake.apiUrl), PORT: '0' });
    for (const name of ['one', 'two']) {
      const installations = await place.installations();
      const adapter = createSlackAdapter({ pipeline, config, logger: testLogger(`slack-oauth-${name}`), host: '127.0.0.1', installations });
      await adapter.start();
      copies.push({ adapter, installations, url: `http://127.0.0.1:${adapter.port}` });
    }
    // The app's registered redirect URL reaches the second copy: an install begun on one completes on the other.
    fake.oauthRedirectUri = `${copies[1]!.url}/slack/oauth_redirect`;
  }, 60_000);

  afterAll(async () => {
    for (const { adapter, installations } of copies) {
      await adapter.stop();
      await installations.close();
    }
    await fake?.close();
    await place?.remove();
  });

  const install = (teamId: string) => installWorkspace(fake, `${copies[0]!.url}/slack/install`, teamId);
  function mention(teamId: string, text: string) {
    noteUserText(text);
    return { body: mentionEvent(teamId, text, `EvOAuth${++counter}`) };
  }

  const post = (copy: number, body: string) => fetch(`${copies[copy]!.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body });
  it('installs two workspaces through OAuth, each answered with its own bot token, on either copy', async () => {
    const answered = new Set<SlackCall>();
    for (const team of [TEAM_A, TEAM_B]) {
      const done = await install(team);
      expect(done.status).toBe(200);
    }
    expect(fake.calls.filter((c) => c.path === '/api/oauth.v2.access')).toHaveLength(2);
    const [tokenA] = fake.tokensOf(TEAM_A);
    const [tokenB] = fake.tokensOf(TEAM_B);
    expect(tokenA).toBeDefined();
    expect(tokenB).not.toBe(tokenA);
    // Both copies find both installations, whichever stored them.
    for (const [copy, team, token] of [[0, TEAM_A, tokenA], [1, TEAM_A, tokenA], [0, TEAM_B, tokenB], [1, TEAM_B, tokenB]] as const) {
      const { body } = mention(team, `<@UBOT${team}> who was behind the attacks?`);
      expect((await post(copy, body)).status).toBe(200);
      const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === undefined && c.body.team_id === team && !answered.has(c));
      answered.add(call);
      expect(call.auth).toBe(`Bearer ${token}`);
    }
  });

  it('forgets a workspace that uninstalls: its token is no longer used and its events are ignored; the other is still answered', async () => {
    const [tokenA] = fake.tokensOf(TEAM_A);
    fake.uninstall(TEAM_A);
    const uninstalled = JSON.stringify({ token: 'legacy', team_id: TEAM_A, api_app_id: 'A000', type: 'event_callback', event_id: 'EvUninstall', event_time: Math.floor(Date.now() / 1000), event: { type: 'app_uninstalled', event_ts: '1700000200.000100' } });
    expect((await post(0, uninstalled)).status).toBe(200);
    await expect.poll(() => copies[1]!.installations.count('slack')).toBe(1);

    const before = fake.calls.length;
    const ignored = mention(TEAM_A, `<@UBOT${TEAM_A}> who was behind the attacks?`);
    expect((await post(1, ignored.body)).status).toBe(200);
    // Workspace B still gets answers; by then A's event has long been handled.
    const still = mention(TEAM_B, `<@UBOT${TEAM_B}> who was behind the attacks?`);
    await post(1, still.body);
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.team_id === TEAM_B && fake.calls.indexOf(c) >= before);
    expect(fake.calls.slice(before).filter((c) => c.auth === `Bearer ${tokenA}`)).toEqual([]);
    expect(fake.calls.slice(before).filter((c) => c.body.team_id === TEAM_A)).toEqual([]);
  });

  it('forgets a workspace whose bot token is revoked (tokens_revoked)', async () => {
    const revoked = JSON.stringify({ token: 'legacy', team_id: TEAM_B, api_app_id: 'A000', type: 'event_callback', event_id: 'EvRevoked', event_time: Math.floor(Date.now() / 1000), event: { type: 'tokens_revoked', tokens: { bot: [`UBOT${TEAM_B}`] }, event_ts: '1700000300.000100' } });
    expect((await post(1, revoked)).status).toBe(200);
    await expect.poll(() => copies[0]!.installations.count('slack')).toBe(0);
  });

  it('refuses a forged OAuth return: a redirect without the state /slack/install issued installs nothing', async () => {
    const before = fake.calls.filter((c) => c.path === '/api/oauth.v2.access').length;
    const forged = await fetch(`${copies[1]!.url}/slack/oauth_redirect?code=code-TEVIL-1&state=made-up`, { redirect: 'manual' });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(fake.calls.filter((c) => c.path === '/api/oauth.v2.access')).toHaveLength(before);
    expect(await copies[0]!.installations.count('slack')).toBe(0);
  });
});

describe('Slack OAuth settings', () => {
  const { SLACK_API_URL: _unused, ...oauth } = oauthEnv('https://slack.com/api/');
  it('takes either one workspace’s token or the OAuth settings, complete and in HTTP mode, naming the setting at fault without echoing it', () => {
    expect(readSlackConfig(oauth).SLACK_BOT_TOKEN).toBeUndefined();
    expect(() => readSlackConfig({ ...oauth, SLACK_BOT_TOKEN: SLACK.botToken })).toThrow(/SLACK_BOT_TOKEN: set either SLACK_BOT_TOKEN .* not both/);
    expect(() => readSlackConfig({ ...oauth, SLACK_STATE_SECRET: '' })).toThrow(/SLACK_CLIENT_SECRET: OAuth needs SLACK_CLIENT_SECRET and SLACK_STATE_SECRET/);
    expect(() => readSlackConfig({ ...oauth, SLACK_STATE_SECRET: 'short' })).toThrow(/SLACK_STATE_SECRET: must be at least 32 random characters/);
    expect(() => readSlackConfig({ ...oauth, SLACK_APP_TOKEN: SLACK.appToken })).toThrow(/SLACK_APP_TOKEN: OAuth \(many workspaces\) runs in HTTP mode/);
    // A secret that is refused is not repeated in the message.
    expect(() => readSlackConfig({ ...oauth, SLACK_CLIENT_SECRET: 'leaky123' })).toThrow(/SLACK_CLIENT_SECRET: looks too short/);
    expect(() => readSlackConfig({ ...oauth, SLACK_CLIENT_SECRET: 'leaky123' })).not.toThrow(/leaky123/);
  });
});
