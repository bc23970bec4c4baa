import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffKnowledge, describeDiff } from '../../src/knowledge/knowledge-diff.ts';
import { loadKnowledgeDirInWorker } from '../../src/knowledge/load-knowledge-in-worker.ts';
import { knowledgeFrom, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

const entry = (id: string, answer = `The answer of ${id}.`) => `  - id: ${id}
    kind: faq
    title: Title of ${id}
    answer: ${answer}
    sources: [src]
`;
const files = (...entries: string[]) => ({ 'sources.yaml': TEST_SOURCES, 'entries.yaml': `entries:\n${entries.join('')}` });

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the change diff of a reload', () => {
  it('names the entries added, removed and changed, in the order the files have them', async () => {
    const before = knowledgeFrom(files(entry('alpha'), entry('beta'), entry('gamma'), entry('delta')));
    const after = knowledgeFrom(files(entry('delta', 'A new answer.'), entry('alpha'), entry('epsilon'), entry('beta', 'Changed too.')));
    const diff = await diffKnowledge(before, after);
    expect(diff).toEqual({ added: ['epsilon'], removed: ['gamma'], changed: ['delta', 'beta'] });
    expect(describeDiff(diff)).toBe('1 added (epsilon); 1 removed (gamma); 2 changed (delta, beta)');
  });

  it('finds no change between two loads of the same files', async () => {
    const text = files(entry('alpha'), entry('beta'));
    expect(describeDiff(await diffKnowledge(knowledgeFrom(text), knowledgeFrom(text)))).toBe('no changes');
  });

  it('compares entries validated in the worker with entries loaded here by the same fingerprint', async () => {
    const text = files(entry('alpha'), entry('beta', 'Old answer.'));
    dir = await mkdtemp(path.join(tmpdir(), 'ballotguard-diff-'));
    await writeFile(path.join(dir, 'sources.yaml'), text['sources.yaml']);
    await writeFile(path.join(dir, 'entries.yaml'), files(entry('alpha'), entry('beta', 'New answer.'))['entries.yaml']);
    const loaded = await loadKnowledgeDirInWorker(dir);
    if (!loaded.ok) throw new Error('the test knowledge should load');
    expect(await diffKnowledge(knowledgeFrom(text), loaded.knowledge)).toEqual({ added: [], removed: [], changed: ['beta'] });
  });
});
