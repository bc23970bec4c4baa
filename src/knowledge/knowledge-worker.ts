import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeDir } from './load-knowledge.ts';

/** Runs in a worker thread: reads, parses and validates a knowledge directory, and posts the result back. */
const { dir } = workerData as { dir: string };
parentPort!.postMessage(await loadKnowledgeDir(dir));
