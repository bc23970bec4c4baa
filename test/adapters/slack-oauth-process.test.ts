import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack, SLACK, SLACK_OAUTH, signSlack } from '../fakes/fake-slack.ts';
import { isolatedDirs, startTs, stopProcess, type RunningProcess } from '../helpers/run-process.ts';
import { installWorkspace, mentionEvent, oauthEnv } from '../helpers/slack-install.ts';
import { noteUserText } from '../helpers/test-logs.ts';

const TEAM = 'TCHARLIE';

/** npm start for many workspaces: the OAuth settings, no bot token, a port of the system's choosing. */
function startBot(fake: FakeSlack, dirs: Record<string, string>): RunningProcess {
  return startTs('src/main.ts', [], {
    env: {
      ...dirs,
      ...oauthEnv(fake.apiUrl),
      PORT: '0',
      LOG_LEVEL: 'info',
    },
  });
}

/** The port the bot logged when it became ready. */
async function readyPort(bot: RunningProcess): Promise<number> {
  await bot.waitForLog('slack adapter ready');
  return Number(/"port":(\d+)[^\n]*slack adapter ready/.exec(bot.stderr())![1]);
}

describe('npm start with Slack OAuth (many workspaces)', () => {
  let fake: FakeSlack | undefined;
  let bot: RunningProcess | undefined;
  afterEach(async () => {
    await stopProcess(bot);
    await fake?.close();
    fake = bot = undefined;
  });

  it('installs a workspace, answers it with its token, and still knows it after a restart; no token or secret in the log', async () => {
    fake = new FakeSlack();
    await fake.start();
    const dirs = isolatedDirs();
    bot = startBot(fake, dirs);
    let port = await readyPort(bot);
    fake.oauthRedirectUri = `http://127.0.0.1:${port}/slack/oauth_redirect`;
    expect((await installWorkspace(fake, `http://127.0.0.1:${port}/slack/install`, TEAM)).status).toBe(200);
    await bot.waitForLog('slack workspace installed the app');
    const [token] = fake.tokensOf(TEAM);

    const ask = async (eventId: string) => {
      const text = `<@UBOT${TEAM}> who was behind the attacks?`;
      noteUserText(text);
      const body = mentionEvent(TEAM, text, eventId);
      const before = fake!.calls.length;
      await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signSlack(body) }, body });
      const reply = await fake!.waitFor((c) => c.path === '/api/chat.postMessage' && fake!.calls.indexOf(c) >= before);
      expect(reply.auth).toBe(`Bearer ${token}`);
    };
    await ask('EvProc1');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const firstLog = bot.stderr();
    bot = startBot(fake, dirs);
    port = await readyPort(bot);
    await ask('EvProc2');

    for (const log of [firstLog, bot.stderr()]) {
      for (const secret of [token!, SLACK_OAUTH.clientSecret, SLACK_OAUTH.stateSecret, SLACK.signingSecret]) expect(log).not.toContain(secret);
    }
  });
});
