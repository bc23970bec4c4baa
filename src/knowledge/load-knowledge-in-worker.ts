import { Worker } from 'node:worker_threads';
import type { AssembleResult } from './assemble-knowledge.ts';

/**
 * Loads and validates a knowledge directory in a worker thread, so that parsing thousands of entries
 * never stalls the questions the bot is answering meanwhile. The result is the same as loadKnowledgeDir's.
 */
export function loadKnowledgeDirInWorker(dir: string): Promise<AssembleResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./knowledge-worker-entry.mjs', import.meta.url), { workerData: { dir } });
    worker.once('message', (result: AssembleResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the knowledge loader stopped with exit code ${code}`));
    });
  });
}
