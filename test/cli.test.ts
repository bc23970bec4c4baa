import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordsStore } from '../src/records/records-store.ts';
import { runTs } from './helpers/run-process.ts';

const cli = (args: string[], input?: string, env?: Record<string, string>) => runTs('src/cli/main.ts', args, { input, env });

describe('the CLI contract', () => {
  it('ask prints the answer as text', async () => {
    const { code, stdout } = await cli(['ask', 'who is kem sokha']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Kem Sokha\n/);
    expect(stdout).toContain('Sources:');
  });

  it('ask --json prints one object with the documented fields', async () => {
    const { code, stdout } = await cli(['ask', '--json', 'Was the senate targeted?']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer).sort()).toEqual(['answered', 'confidence', 'entries', 'question', 'sources', 'suggestions', 'text', 'title'].sort());
    expect(answer).toMatchObject({ question: 'Was the senate targeted?', answered: true, entries: ['cambodian-senate'] });
    expect(answer.sources[0]).toMatchObject({ id: expect.any(String), label: expect.any(String) });
    expect(answer.text).toContain('Status: compromised');
  });

  it('ask --json reports an abstention as answered: false', async () => {
    const answer = JSON.parse((await cli(['ask', '--json', 'how do I bake bread'])).stdout);
    expect(answer.answered).toBe(false);
    expect(answer.entries).toEqual([]);
  });

  it('ask --jsonl prints one object per input line, in order, blank lines included', async () => {
    const questions = ['who is hun sen', '', 'what is the capital of france', 'temp.periscop'];
    const { code, stdout } = await cli(['ask', '--jsonl'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(['who is hun sen', '', 'what is the capital of france', 'temp.periscop']);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, true]);
  });

  it('ask --jsonl reads a typed \\n as a line break, so one line holds a message of several', async () => {
    const { code, stdout } = await cli(['ask', '--jsonl'], '> the senate was hit\\nwho said that?\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim()).question).toBe('> the senate was hit\nwho said that?');
  });

  it('run executes a command line, as text or JSON', async () => {
    const text = await cli(['run', '/targets ministry']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ministry of the Interior');
    const json = JSON.parse((await cli(['run', '--json', 'timeline', '2021'])).stdout);
    expect(json).toMatchObject({ kind: 'info', title: 'Timeline: \u201c2021\u201d' });
  });

  it('run exits 1 on an error reply', async () => {
    const { code, stdout } = await cli(['run', '/nonsense']);
    expect(code).toBe(1);
    expect(stdout).toContain('Unknown command');
  });

  it('kb check passes on the shipped knowledge', async () => {
    const { code, stdout } = await cli(['kb', 'check', 'knowledge']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^knowledge: OK, \d+ entries, \d+ unstated details and \d+ sources in \d+ files\n$/);
  });

  it('kb check exits 1 listing every problem with file and line', async () => {
    const { code, stderr } = await cli(['kb', 'check', 'test/fixtures/broken-knowledge']);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.yaml:3:5 entries[0].answer: is required (expected string)');
  });

  it('kb check reads KNOWLEDGE_DIR when no directory is given', async () => {
    const { code } = await cli(['kb', 'check'], '', { KNOWLEDGE_DIR: 'test/fixtures/broken-knowledge' });
    expect(code).toBe(1);
  });

  it('records export and purge one community, from the operator\u2019s machine', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bg-cli-records-'));
    try {
      const store = RecordsStore.open(dir);
      store.recordQuestion({ question: 'how do I bake bread', outcome: 'abstain', confidence: 0.1, platform: 'discord', community: '123456789012345678' });
      store.recordQuestion({ question: 'another server', outcome: 'abstain', confidence: 0.1, platform: 'discord', community: '223456789012345678' });
      store.close();
      const env = { DATA_DIR: dir };
      const exported = await cli(['records', 'export', 'discord:123456789012345678'], undefined, env);
      expect(exported.code).toBe(0);
      expect(JSON.parse(exported.stdout).questions).toEqual([expect.objectContaining({ question: 'how do I bake bread' })]);
      const purged = await cli(['records', 'purge', 'discord:123456789012345678'], undefined, env);
      expect(purged.stdout).toBe('deleted 1 questions and 0 feedback records of discord:123456789012345678\n');
      const after = RecordsStore.open(dir);
      expect(after.gaps().map((g) => g.question)).toEqual(['another server']);
      expect(after.audit()[0]).toMatchObject({ action: 'records purge' });
      after.close();
      expect((await cli(['records', 'export', 'nowhere'], undefined, env)).code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
