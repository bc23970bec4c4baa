import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordsStore } from '../../src/records/records-store.ts';
import { FakeSlack, signSlack, SLACK } from '../fakes/fake-slack.ts';
import { startTs, type RunningProcess } from '../helpers/run-process.ts';

describe('records written by group commit', () => {
  let fake: FakeSlack | undefined;
  let bot: RunningProcess | undefined;
  afterEach(async () => {
    bot?.child.kill('SIGKILL');
    await fake?.close();
  });

  it('keep every question whose answer was sent when the process is killed with kill -9', async () => {
    fake = new FakeSlack();
    await fake.start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bg-durable-'));
    bot = startTs('src/main.ts', [], {
      env: { SLACK_BOT_TOKEN: SLACK.botToken, SLACK_SIGNING_SECRET: SLACK.signingSecret, SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir },
    });
    await bot.waitForLog('slack adapter ready');
    const port = Number(/"port":(\d+),"msg":"slack adapter ready/.exec(bot.stderr())![1]);
    const asked = 40;
    // Sent together, from different people (no cooldown), so several land in one batch.
    const acks = await Promise.all(
      Array.from({ length: asked }, async (_, i) => {
        const body = new URLSearchParams({
          team_id: SLACK.teamId, channel_id: SLACK.channelId, user_id: `U${i}`, command: '/ask', text: 'who is hun sen',
          api_app_id: 'A000', response_url: fake!.responseUrl(`durable-${i}`), trigger_id: `trigger-durable-${i}`,
        }).toString();
        const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlack(body) }, body });
        return response.status;
      }),
    );
    expect(acks.every((status) => status === 200)).toBe(true);
    const answers = await Promise.all(Array.from({ length: asked }, (_, i) => fake!.waitFor((c) => c.path === `/response/durable-${i}`)));
    // Every one is an answer with feedback buttons, which only a recorded answer carries.
    expect(answers.every((call) => JSON.stringify(call.body).includes('bg:fb:yes'))).toBe(true);
    bot.child.kill('SIGKILL');
    await bot.exited;
    const records = RecordsStore.open(dataDir);
    expect(records.counts().questions).toBe(asked);
    records.close();
  });
});
