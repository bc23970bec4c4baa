import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEntries, knowledgeFiles } from '../../scripts/bench/generate-knowledge.ts';
import { createSnapshot, createSnapshotFromParts } from '../../src/core/knowledge-snapshot.ts';
import { entryFingerprint } from '../../src/knowledge/entry-fingerprint.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-knowledge.ts';
import { loadKnowledgeDirInWorker } from '../../src/knowledge/load-knowledge-in-worker.ts';
import { RELOAD_WORK } from '../../src/parameters.ts';

const SOURCE = { id: 'generated-source', publisher: 'ballotguard benchmark', title: 'Generated entries', date: '2026', reliability: 'low' as const };

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The shipped knowledge and `generated` generated entries, in a directory of their own. */
async function largeSet(generated: number): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'ballotguard-worker-'));
  await cp('knowledge', dir, { recursive: true });
  const files = knowledgeFiles(generateEntries(generated, SOURCE.id), SOURCE);
  for (const { file, text } of files) await writeFile(path.join(dir, file), text);
  const bytes = files.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  // Large enough that two worker threads parse it.
  expect(bytes).toBeGreaterThan(RELOAD_WORK.parallelParseBytes);
  return dir;
}

describe('loading knowledge in worker threads', () => {
  it('gives the set loaded here, and an index built there that answers exactly as one built here', async () => {
    const set = await largeSet(3_500);
    const [there, here] = await Promise.all([loadKnowledgeDirInWorker(set), loadKnowledgeDir(set)]);
    if (!there.ok || !here.ok) throw new Error('the knowledge should load');
    expect(there.knowledge.entries).toEqual(here.knowledge.entries);
    expect(there.knowledge.origins).toEqual(here.knowledge.origins);
    expect(there.knowledge.sources).toEqual(here.knowledge.sources);
    expect(there.knowledge.synonyms).toEqual(here.knowledge.synonyms);
    expect(there.knowledge.unstated.length).toBeGreaterThan(0);
    expect(there.knowledge.unstated).toEqual(here.knowledge.unstated);
    expect(there.knowledge.files).toEqual(here.knowledge.files);
    for (const entry of here.knowledge.entries) expect(there.knowledge.fingerprints?.get(entry.id)).toBe(entryFingerprint(entry));

    const joined = createSnapshotFromParts(there.knowledge, there.indexParts, there.typoCorrector);
    const built = createSnapshot(here.knowledge);
    const evalQuestions = (await readFile('test/eval/tuning.jsonl', 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { q: string }).q);
    const generated = here.knowledge.entries.filter((e) => e.id.startsWith('generated-')).slice(0, 50);
    const questions = [...evalQuestions.slice(0, 150), ...generated.flatMap((e) => [e.questions[0]!, e.tags.join(' ')])];
    for (const question of questions) expect(joined.index.search(question), question).toEqual(built.index.search(question));
  });

  it('reports the same problems as a load here when files in both halves are broken', async () => {
    const set = await largeSet(3_500);
    await writeFile(path.join(set, 'aaa-broken.yaml'), 'entries:\n  - id: Bad_Id\n    kind: rumour\n');
    await writeFile(path.join(set, 'zzz-broken.yaml'), 'entries:\n  - id: x\n    title: [unclosed\n');
    const [there, here] = await Promise.all([loadKnowledgeDirInWorker(set), loadKnowledgeDir(set)]);
    if (there.ok || here.ok) throw new Error('the knowledge should be refused');
    expect(there.problems.map((p) => p.file)).toEqual(expect.arrayContaining(['aaa-broken.yaml', 'zzz-broken.yaml']));
    expect(there.problems).toEqual(here.problems);
  });
});
