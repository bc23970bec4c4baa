import { Worker } from 'node:worker_threads';
import { RUNNING_BUILT } from '../core/project-paths.ts';
import type { IndexParts } from '../search/inverted-index.ts';
import { TypoCorrector } from '../search/typo-corrector.ts';
import type { Knowledge } from './assemble-knowledge.ts';
import type { KnowledgeProblem } from './problems.ts';
import type { Entry, Source, Unstated } from './schema.ts';

/** What the knowledge worker posts: the problems, or the knowledge in batches then its remaining parts. */
export type WorkerMessage =
  | { type: 'problems'; problems: KnowledgeProblem[] }
  | { type: 'entries'; entries: Entry[]; origins: { file: string; line: number }[]; fingerprints: string[] }
  | { type: 'vocabulary'; stems: string[]; words: string[] }
  | { type: 'done'; sources: Source[]; synonyms: string[][]; unstated: Unstated[]; files: string[]; loadedAt: string; indexParts: Omit<IndexParts, 'termIds' | 'words'> };

/**
 * What loadKnowledgeDir gives, and with valid knowledge the parts of its inverted index, built by the
 * worker, and the typo corrector over its vocabulary, built here batch by batch as it arrived.
 */
export type WorkerLoadResult =
  | { ok: true; knowledge: Knowledge; indexParts: IndexParts; typoCorrector: TypoCorrector }
  | { ok: false; problems: KnowledgeProblem[] };

/** Compiled, the worker is plain JavaScript; under tsx it needs an entry that registers tsx first. */
export const KNOWLEDGE_WORKER_FILE = new URL(RUNNING_BUILT ? './knowledge-worker.js' : './knowledge-worker-entry.mjs', import.meta.url);

/**
 * Loads and validates a knowledge directory in a worker thread, so that parsing thousands of entries
 * never stalls the questions the bot is answering meanwhile. The result is the same as loadKnowledgeDir's,
 * with the inverted index over the entries (createSnapshotFromParts joins the two).
 */
export function loadKnowledgeDirInWorker(dir: string): Promise<WorkerLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(KNOWLEDGE_WORKER_FILE, { workerData: { dir } });
    const entries: Entry[] = [];
    const entriesById = new Map<string, Entry>();
    const origins = new Map<string, { file: string; line: number }>();
    const fingerprints = new Map<string, string>();
    const termIds = new Map<string, number>();
    const words: string[] = [];
    const typoCorrector = new TypoCorrector([]);
    let settled = false;
    const finish = (result: WorkerLoadResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'problems') finish({ ok: false, problems: message.problems });
      else if (message.type === 'entries') {
        message.entries.forEach((entry, i) => {
          entries.push(entry);
          entriesById.set(entry.id, entry);
          origins.set(entry.id, message.origins[i]!);
          fingerprints.set(entry.id, message.fingerprints[i]!);
        });
        // Ask for the next batch only after the event loop has had a turn.
        setImmediate(() => worker.postMessage('next'));
      } else if (message.type === 'vocabulary') {
        for (const stem of message.stems) termIds.set(stem, termIds.size);
        words.push(...message.words);
        typoCorrector.add(message.words);
        setImmediate(() => worker.postMessage('next'));
      } else {
        const knowledge: Knowledge = {
          entries,
          entriesById,
          sources: new Map(message.sources.map((s) => [s.id, s])),
          synonyms: message.synonyms,
          unstated: message.unstated,
          origins,
          files: message.files,
          loadedAt: new Date(message.loadedAt),
          fingerprints,
        };
        finish({ ok: true, knowledge, indexParts: { ...message.indexParts, termIds, words }, typoCorrector });
      }
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the knowledge loader stopped with exit code ${code} before finishing`));
    });
  });
}
