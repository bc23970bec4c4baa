/**
 * Discord under load: the bot against the fake gateway and REST API, driven with `/ask` interactions from
 * distinct members, a fixed number outstanding at a time (each answered one lets the next go) for a bounded
 * time. The acknowledgement is the interaction callback the fake receives: the answer itself when it was
 * ready at once, else a deferral, and then the answer is the edit of the deferred reply.
 */
import { FAKE, FakeDiscord, type RecordedCall } from '../../test/fakes/fake-discord.ts';
import { startBot, type BotProcess } from './load-process.ts';
import { LOAD_QUESTIONS } from './load-questions.ts';
import { LoadTally } from './load-stats.ts';

/** Discord gives up on an interaction not acknowledged within 3 s. */
const DISCORD_ACK_DEADLINE_MS = 3_000;

export interface DiscordLoad {
  bot: BotProcess;
  run(concurrent: number, seconds: number): Promise<LoadTally>;
  stop(): Promise<void>;
}

export async function startDiscordLoad(options: { cpuProfileDir?: string } = {}): Promise<DiscordLoad> {
  const fake = new FakeDiscord();
  fake.keepCalls = false;
  await fake.start();
  const bot = await startBot({ DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: fake.apiUrl }, /discord adapter ready/, options);
  let tally = new LoadTally();
  /** Interaction token → when it was sent, and what to do once it is answered. */
  const outstanding = new Map<string, { sentAt: number; acked: boolean; done: () => void }>();
  fake.onCall = (call: RecordedCall) => {
    const answered = (token: string) => {
      tally.answer(token);
      const request = outstanding.get(token);
      outstanding.delete(token);
      request?.done();
    };
    const callback = /^\/api\/v10\/interactions\/\d+\/([^/]+)\/callback$/.exec(call.path);
    if (callback) {
      const request = outstanding.get(callback[1]!);
      if (request && !request.acked) {
        request.acked = true;
        tally.acknowledged(request.sentAt, true);
        if (performance.now() - request.sentAt > DISCORD_ACK_DEADLINE_MS) tally.timeouts++;
      }
      // Type 4 carries the answer; type 5 defers it to an edit.
      if ((call.body as { type?: number }).type === 4) answered(callback[1]!);
      return;
    }
    const edit = /^\/api\/v10\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(call.path);
    if (edit && call.method === 'PATCH') answered(edit[1]!);
  };
  let next = 0;

  const ask = (n: number) =>
    new Promise<void>((resolve) => {
      const userId = `4${String(n).padStart(17, '0')}`;
      const interaction = fake.slashCommand('ask', [{ name: 'question', type: 3, value: LOAD_QUESTIONS[n % LOAD_QUESTIONS.length] }], { userId });
      const timer = setTimeout(() => {
        // Never answered: counted as such by the tally; this slot moves on.
        outstanding.delete(interaction.token);
        resolve();
      }, 30_000);
      outstanding.set(interaction.token, { sentAt: tally.sending(interaction.token), acked: false, done: () => (clearTimeout(timer), resolve()) });
      fake.dispatch('INTERACTION_CREATE', interaction);
    });

  return {
    bot,
    async run(concurrent, seconds) {
      tally = new LoadTally();
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: concurrent }, async () => {
          while (performance.now() < until) await ask(next++);
        }),
      );
      await tally.drained(30_000);
      return tally;
    },
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
