import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../core/logger.ts';
import { withFileLock } from '../knowledge/file-lock.ts';
import type { KnowledgeReloader } from '../knowledge/knowledge-reloader.ts';
import { listKnowledgeFiles } from '../knowledge/load-knowledge.ts';
import { writeFileAtomically } from '../knowledge/write-file-atomically.ts';

/** What a maintainer changed on one copy: a reload of the directory, or one taught file with its new text. */
const KnowledgeChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reload') }),
  z.object({ kind: z.literal('teach'), file: z.string().min(1).max(300), text: z.string().max(5_000_000) }),
]);
export type KnowledgeChange = z.infer<typeof KnowledgeChangeSchema>;

const MessageSchema = z.object({ from: z.string(), change: KnowledgeChangeSchema });

/** The Redis channel knowledge changes travel on. */
export const KNOWLEDGE_CHANNEL = 'ballotguard:knowledge';

/**
 * Carries `/kb teach` and `/kb reload` from the copy a maintainer used to every other copy, over Redis
 * pub/sub. A teach carries its file, so copies on other machines (each with its own knowledge directory)
 * get the same words; each copy then reloads through its own reloader, which validates everything before it
 * swaps and keeps the last good knowledge otherwise. A copy that is down when a change is sent misses it
 * and reads its directory when it starts.
 */
export class KnowledgeBroadcast {
  /** This process's name on the channel, so it ignores its own messages. */
  private readonly self = randomBytes(8).toString('hex');

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
  ) {}

  /**
   * Subscribes (on a connection of its own, as Redis requires) and applies every other copy's change to
   * `dir` through `reloader`. Resolves once subscribed, so no change sent afterwards is missed.
   */
  static async start({ publisher, dir, reloader, logger }: { publisher: Redis; dir: string; reloader: KnowledgeReloader; logger: Logger }): Promise<KnowledgeBroadcast> {
    const subscriber = publisher.duplicate({ enableOfflineQueue: true });
    subscriber.on('error', (error: Error) => logger.warn({ code: (error as { code?: string }).code ?? error.name }, 'Redis subscription problem; reconnecting'));
    const broadcast = new KnowledgeBroadcast(publisher, subscriber, logger);
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== KNOWLEDGE_CHANNEL) return;
      void broadcast.receive(raw, dir, reloader).catch((error: unknown) => logger.error({ err: error }, 'could not apply a knowledge change from another copy'));
    });
    await subscriber.subscribe(KNOWLEDGE_CHANNEL);
    return broadcast;
  }

  /** Tells every other copy; a failure is logged, never fails the maintainer's command (this copy has changed). */
  async publish(change: KnowledgeChange): Promise<void> {
    try {
      await this.publisher.publish(KNOWLEDGE_CHANNEL, JSON.stringify({ from: this.self, change }));
    } catch (error) {
      this.logger.error({ code: (error as { code?: unknown }).code ?? (error as Error).name }, 'could not tell the other copies about a knowledge change');
    }
  }

  async stop(): Promise<void> {
    this.subscriber.disconnect();
  }

  private async receive(raw: string, dir: string, reloader: KnowledgeReloader): Promise<void> {
    let parsed: z.infer<typeof MessageSchema>;
    try {
      parsed = MessageSchema.parse(JSON.parse(raw));
    } catch {
      this.logger.warn('ignored a malformed knowledge change on the Redis channel');
      return;
    }
    if (parsed.from === this.self) return;
    const { change } = parsed;
    if (change.kind === 'teach') await writeTaughtFile(dir, change.file, change.text);
    const outcome = await reloader.reload({ confirmDeletions: change.kind === 'reload' });
    this.logger.info({ kind: change.kind, applied: outcome.ok }, 'knowledge change from another copy');
  }
}

/**
 * Writes a taught file from another copy into this copy's directory, only over a knowledge file that is
 * already there (never a new path: nothing on the channel chooses where this copy writes), atomically,
 * under the file's lock; unchanged files (a directory the copies share) are left alone.
 */
async function writeTaughtFile(dir: string, file: string, text: string): Promise<void> {
  if (!(await listKnowledgeFiles(dir)).includes(file)) throw new Error('a taught file that is not in this copy\u2019s knowledge directory');
  const target = path.join(dir, file);
  await withFileLock(target, async () => {
    if ((await readFile(target, 'utf8')) !== text) await writeFileAtomically(target, text);
  });
}
