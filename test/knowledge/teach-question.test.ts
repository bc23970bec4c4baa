import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-knowledge.ts';
import { teachQuestion } from '../../src/knowledge/teach-question.ts';
import { RecordsStore } from '../../src/records/records-store.ts';
import { runTs } from '../helpers/run-process.ts';
import { testLogger } from '../helpers/test-logs.ts';

const maintainer = { id: 'maintainer-1', platform: 'test', role: 'maintainer' as const };

async function loaded(dir: string) {
  const result = await loadKnowledgeDir(dir);
  if (!result.ok) throw new Error('test knowledge invalid');
  return result.knowledge;
}

/** The alternate questions of `entryId` as they are in the file now. */
async function questionsOf(dir: string, file: string, entryId: string): Promise<unknown[]> {
  const data = parse(await readFile(path.join(dir, file), 'utf8')) as { entries: { id: string; questions?: unknown[] }[] };
  return data.entries.find((e) => e.id === entryId)?.questions ?? [];
}

describe('/kb teach never loses a write and keeps what was typed', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bg-teach-'));
    await cp('knowledge', dir, { recursive: true });
  });

  it('lands all of four teaches sent together into one file', async () => {
    const knowledge = await loaded(dir);
    const records = new RecordsStore(':memory:');
    const { bot } = assembleBallotguard({ knowledge, knowledgeDir: dir, logger: testLogger('teach'), records });
    const questions = ['who leads the ruling party', 'who has governed for decades', 'which premier ruled in 2018', 'who heads the government in phnom penh'];
    const replies = await Promise.all(questions.map((q) => bot.handleText(`/kb teach hun-sen ${q}`, maintainer)));
    expect(replies.map((r) => r.title)).toEqual(['Taught', 'Taught', 'Taught', 'Taught']);
    expect(await questionsOf(dir, 'people.yaml', 'hun-sen')).toEqual(expect.arrayContaining(questions));
    records.close();
  });

  it('lands every teach of two processes teaching the same file at once', async () => {
    const results = await Promise.all([
      runTs('test/knowledge/teach-in-process.ts', [dir, 'hun-sen', 'first', '5']),
      runTs('test/knowledge/teach-in-process.ts', [dir, 'hun-sen', 'second', '5']),
    ]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([[0, ''], [0, '']]);
    const questions = await questionsOf(dir, 'people.yaml', 'hun-sen');
    for (const label of ['first', 'second']) for (let i = 0; i < 5; i++) expect(questions).toContain(`${label} asks about the ruling party ${i}`);
  });

  it('stores the text exactly as typed, never as a number, boolean or null', async () => {
    for (const typed of ['1e3', '0x1F', 'null', 'what does true mean', 'NaN', '2018-07-12']) {
      const outcome = await teachQuestion(dir, await loaded(dir), 'hun-sen', typed);
      expect(outcome, typed).toMatchObject({ ok: true });
    }
    const questions = await questionsOf(dir, 'people.yaml', 'hun-sen');
    expect(questions).toEqual(expect.arrayContaining(['1e3', '0x1F', 'null', 'what does true mean', 'NaN', '2018-07-12']));
  });

  it('refuses a question with no word to search for, and removes control characters and bidi overrides', async () => {
    const knowledge = await loaded(dir);
    for (const typed of ['?', '---', 'yes', '!!! ...', 'true']) {
      const outcome = await teachQuestion(dir, knowledge, 'hun-sen', typed);
      expect(outcome, typed).toMatchObject({ ok: false, reason: expect.stringContaining('has no word the bot could search for') });
    }
    expect(await teachQuestion(dir, knowledge, 'hun-sen', 'who \u001b]0;HACKED\u0007rules \u202eniamod')).toMatchObject({ ok: true });
    const text = await readFile(path.join(dir, 'people.yaml'), 'utf8');
    expect(text).not.toMatch(/[\u0000-\u0008\u001b\u007f\u202a-\u202e]/);
    expect(await questionsOf(dir, 'people.yaml', 'hun-sen')).toContain('who ]0;HACKEDrules niamod');
  });

  it('suggests the closest entry id for an unknown one', async () => {
    const outcome = await teachQuestion(dir, await loaded(dir), 'hunsen', 'who runs cambodia');
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('did you mean "hun-sen"?') });
  });
});

describe('/kb status', () => {
  it('lists the entry ids a maintainer needs for /kb teach, by file', async () => {
    const knowledge = await loaded('knowledge');
    const records = new RecordsStore(':memory:');
    const { bot } = assembleBallotguard({ knowledge, knowledgeDir: 'knowledge', logger: testLogger('kb-status'), records });
    const status = await bot.handleText('/kb status', maintainer);
    expect(status.body).toMatch(/^- people\.yaml: .*`hun-sen`/m);
    records.close();
  });
});
