import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { runTs } from '../helpers/run-process.ts';

const SOURCES = `sources:
  - id: report
    publisher: FireEye
    title: A report
    date: 2018-07-10
    url: https://example.org/report
    reliability: high
`;
const entry = (id: string, answer = `The answer of ${id}.`) => `  - id: ${id}
    kind: faq
    title: Title of ${id}
    answer: ${answer}
    sources: [report]
`;

/** A knowledge directory holding `sources.yaml` and the given files. */
function knowledgeDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-hostile-'));
  writeFileSync(path.join(dir, 'sources.yaml'), SOURCES);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function problemsIn(dir: string): Promise<string[]> {
  const result = await loadKnowledgeDir(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('hostile or mistaken knowledge files get a clear file:line refusal', () => {
  it('names a Latin-1 file at the line of its first non-UTF-8 byte', async () => {
    const latin1 = Buffer.from(`entries:\n${entry('cafe', 'Le caf\u00e9 est ferm\u00e9.')}`, 'latin1');
    expect(await problemsIn(knowledgeDir({ 'faq.yaml': latin1 }))).toEqual([
      'faq.yaml:5:1 byte 0xE9 is not valid UTF-8; the file looks saved as Latin-1 or Windows-1252: save it as UTF-8',
    ]);
  });

  it('names a UTF-16 file as UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`entries:\n${entry('x')}`, 'utf16le')]);
    expect(await problemsIn(knowledgeDir({ 'faq.yaml': utf16 }))).toEqual([
      'faq.yaml:1:1 the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
    ]);
  });

  it('reports a symlinked .yaml instead of skipping it silently', async () => {
    const elsewhere = knowledgeDir({});
    writeFileSync(path.join(elsewhere, 'outside.yaml'), `entries:\n${entry('outside')}`);
    const dir = knowledgeDir({});
    symlinkSync(path.join(elsewhere, 'outside.yaml'), path.join(dir, 'linked.yaml'));
    expect(await problemsIn(dir)).toEqual([expect.stringMatching(/^linked\.yaml:1:1 is a symbolic link; knowledge files must be regular files/)]);
  });

  it('refuses an alias bomb, naming the file', async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(await problemsIn(knowledgeDir({ 'bomb.yaml': `${bomb.join('\n')}\n` }))).toEqual([
      expect.stringMatching(/^bomb\.yaml:1:1 the YAML expands its aliases \(\*name\) more than 100 times/),
    ]);
  });

  it('refuses YAML nested thousands of levels deep, naming the file', async () => {
    const deep = `entries: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const problems = await problemsIn(knowledgeDir({ 'deep.yaml': deep }));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^deep\.yaml:1:\d+ the YAML nests too deeply/);
  });

  it('refuses an over-long answer and an over-long entry at their lines, before validating them', async () => {
    const long = `entries:\n${entry('fine')}${entry('long-answer', 'x'.repeat(4_001))}  - id: huge\n    kind: faq\n    title: Huge\n    answer: Short.\n    sources: [report]\n    questions:\n${'      - a question padded to make the entry enormous\n'.repeat(500)}`;
    expect(await problemsIn(knowledgeDir({ 'faq.yaml': long }))).toEqual([
      'faq.yaml:10:13 entries[1].answer: the answer is 4001 characters long; an answer may be at most 4000 (what one chat message shows): shorten it, or move detail to related entries',
      expect.stringMatching(/^faq\.yaml:12:5 entries\[2\]: the entry is \d+ characters long; an entry may be at most 20000/),
    ]);
  });

  it('refuses a 50 MB file of invalid entries by its size, without parsing it', async () => {
    const dir = knowledgeDir({});
    const handle = await open(path.join(dir, 'flood.yaml'), 'w');
    const chunk = '  - {id: x, kind: nope}\n'.repeat(40_000);
    await handle.write('entries:\n');
    while ((await handle.stat()).size < 50 * 1024 * 1024) await handle.write(chunk);
    await handle.close();
    expect(await problemsIn(dir)).toEqual([expect.stringMatching(/^flood\.yaml:1:1 the file is 50\.\d MB; a knowledge file may be at most 5\.0 MB: split it into several files$/)]);
  });

  it('kb check on a file says to give the directory', async () => {
    const { code, stderr } = await runTs('src/cli/main.ts', ['kb', 'check', 'knowledge/people.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('knowledge/people.yaml:1:1 is a file, not a directory: give the directory that holds the knowledge .yaml files');
    expect(stderr).not.toContain('ENOTDIR');
  });
});
