import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { loadKnowledgeDirCached } from '../../src/knowledge/knowledge-cache.ts';
import { unstatedQuestionsRead } from '../../src/core/knowledge-snapshot.ts';
import { readMessage } from '../../src/understand/read-message.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the shipped knowledge and an empty cache directory, both of this test's own. */
async function workspace(): Promise<{ knowledgeDir: string; cacheDir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'ballotguard-cache-'));
  dirs.push(root);
  const knowledgeDir = path.join(root, 'knowledge');
  await cp('knowledge', knowledgeDir, { recursive: true });
  return { knowledgeDir, cacheDir: path.join(root, 'cache') };
}

/** Derived work that records each call, standing in for the unstated questions' readings. */
function recordingWork() {
  const calls = { computed: 0, restored: [] as unknown[] };
  return {
    calls,
    work: {
      compute: (knowledge: Knowledge) => {
        calls.computed++;
        return { unstated: knowledge.unstated.length };
      },
      restore: (saved: { unstated: number }) => {
        calls.restored.push(saved);
      },
    },
  };
}

describe('the knowledge cache of the built program', () => {
  it('keeps work derived from the knowledge and hands it back on the next start, until a file or the build changes', async () => {
    const { knowledgeDir, cacheDir } = await workspace();
    const first = recordingWork();
    const loaded = await loadKnowledgeDirCached(knowledgeDir, cacheDir, 'build-1', first.work);
    expect(loaded.ok).toBe(true);
    expect(first.calls).toEqual({ computed: 1, restored: [] });
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('knowledge-'))).toHaveLength(1);

    // The same files and build: nothing computed, the saved result restored, the same knowledge.
    const second = recordingWork();
    const again = await loadKnowledgeDirCached(knowledgeDir, cacheDir, 'build-1', second.work);
    if (!loaded.ok || !again.ok) throw new Error('expected the shipped knowledge to load');
    expect(second.calls.computed).toBe(0);
    expect(second.calls.restored).toEqual([{ unstated: loaded.knowledge.unstated.length }]);
    expect(again.knowledge.entries.map((e) => e.id)).toEqual(loaded.knowledge.entries.map((e) => e.id));

    // Another build reads the knowledge afresh, and so does a changed file.
    const rebuilt = recordingWork();
    await loadKnowledgeDirCached(knowledgeDir, cacheDir, 'build-2', rebuilt.work);
    expect(rebuilt.calls).toEqual({ computed: 1, restored: [] });
    await writeFile(path.join(knowledgeDir, 'synonyms.yaml'), 'synonyms:\n  - [press, media]\n');
    const edited = recordingWork();
    await loadKnowledgeDirCached(knowledgeDir, cacheDir, 'build-2', edited.work);
    expect(edited.calls).toEqual({ computed: 1, restored: [] });
  });

  it('keeps each unstated question with the reading a person\'s question gets', async () => {
    const { knowledgeDir, cacheDir } = await workspace();
    const loaded = await loadKnowledgeDirCached(knowledgeDir, cacheDir, 'build-1');
    if (!loaded.ok) throw new Error('expected the shipped knowledge to load');
    const read = unstatedQuestionsRead(loaded.knowledge);
    expect(read).toHaveLength(loaded.knowledge.unstated.reduce((n, u) => n + u.questions.length, 0));
    for (const [question, reading] of read.slice(0, 50)) {
      const questions = readMessage(question).questions;
      expect(reading).toBe(questions.length > 0 ? questions.map((q) => q.text).join(' ') : question);
    }
  });
});
