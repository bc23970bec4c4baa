import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeDir, loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';

const SOURCES = `sources:
  - id: report
    publisher: FireEye
    title: A report
    date: 2018-07-10
    url: https://example.org/report
    reliability: high
`;

const entry = (id: string, extra = '') => `  - id: ${id}
    kind: faq
    title: Title of ${id}
    answer: The answer of ${id}.
    sources: [report]
${extra}`;

function problemsOf(files: Record<string, string>): string[] {
  const result = loadKnowledgeTexts(Object.entries(files).map(([file, text]) => ({ file, text })));
  if (result.ok) throw new Error('expected the knowledge to be rejected');
  return result.problems.map(formatProblem);
}

describe('the shipped knowledge base', () => {
  it('loads with no problems and covers every kind of entry', async () => {
    const result = await loadKnowledgeDir('knowledge');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const kinds = new Set(result.knowledge.entries.map((e) => e.kind));
    for (const kind of ['actor', 'target', 'technique', 'person', 'organisation', 'event', 'quote', 'advice', 'faq', 'malware', 'indicator']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(result.knowledge.sources.get('bloomberg-2018-07-12')?.publisher).toBe('Bloomberg');
  });

  it('has every indicator of compromise defanged', async () => {
    const result = await loadKnowledgeDir('knowledge');
    if (!result.ok) throw new Error('knowledge invalid');
    const indicators = result.knowledge.entries.flatMap((e) => (e.kind === 'indicator' ? e.indicators : []));
    expect(indicators.length).toBeGreaterThan(10);
    for (const i of indicators.filter((i) => i.type === 'domain' || i.type === 'ip')) expect(i.value).toContain('[.]');
  });
});

describe('loading a valid set', () => {
  it('returns every entry with its origin file and line', () => {
    const result = loadKnowledgeTexts([
      { file: 'sources.yaml', text: SOURCES },
      { file: 'faq.yaml', text: `entries:\n${entry('first')}${entry('second', '    related: [first]\n')}` },
    ]);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.knowledge.entries.map((e) => e.id)).toEqual(['first', 'second']);
    expect(result.knowledge.origins.get('second')).toEqual({ file: 'faq.yaml', line: 7 });
  });
});

describe('each kind of bad file gives a file:line message', () => {
  it('reports YAML syntax errors at their line', () => {
    const problems = problemsOf({ 'sources.yaml': SOURCES, 'bad.yaml': 'entries:\n  - id: x\n    title: [unclosed\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad\.yaml:\d+:\d+ YAML syntax: /);
  });

  it('reports a missing required field at the entry that lacks it', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'faq.yaml': 'entries:\n  - id: no-answer\n    kind: faq\n    title: T\n    sources: [report]\n',
    });
    expect(problems).toEqual(['faq.yaml:2:5 entries[0].answer: is required (expected string)']);
  });

  it('reports an unknown kind with the kinds that exist', () => {
    const problems = problemsOf({ 'sources.yaml': SOURCES, 'faq.yaml': `entries:\n${entry('x').replace('kind: faq', 'kind: rumour')}` });
    expect(problems[0]).toMatch(/^faq\.yaml:3:11 entries\[0\]\.kind: unknown kind; use one of "actor", "target"/);
  });

  it('reports a wrong enum value, a misspelt field and a bad id, all in one go', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'targets.yaml': `entries:
  - id: Bad_Id
    kind: target
    title: T
    answer: A
    sources: [report]
    sector: weather
    country: Cambodia
    status: compromised
    tittle: typo
`,
    });
    expect(problems).toEqual([
      'targets.yaml:2:9 entries[0].id: must be lower-case words joined by hyphens, e.g. "national-election-commission"',
      expect.stringMatching(/^targets\.yaml:7:13 entries\[0\]\.sector: must be one of "election-administration", "government", /),
      'targets.yaml:10:13 entries[0].tittle: unknown field "tittle"; check its spelling, or remove it',
    ]);
  });

  it('reports an empty answer', () => {
    const problems = problemsOf({ 'sources.yaml': SOURCES, 'faq.yaml': `entries:\n${entry('x').replace('answer: The answer of x.', 'answer: "  "')}` });
    expect(problems).toEqual(['faq.yaml:5:13 entries[0].answer: must not be empty']);
  });

  it('reports an empty file instead of treating it as no knowledge', () => {
    const problems = problemsOf({ 'sources.yaml': SOURCES, 'faq.yaml': `entries:\n${entry('x')}`, 'empty.yaml': '# nothing yet\n' });
    expect(problems).toEqual([expect.stringMatching(/^empty\.yaml:1:1 the file is empty/)]);
  });

  it('reports duplicate ids with where the first one is', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'a.yaml': `entries:\n${entry('same')}`,
      'b.yaml': `entries:\n${entry('other')}${entry('same')}`,
    });
    expect(problems).toEqual(['b.yaml:7:9 entries[1].id: duplicate entry id "same", first defined in a.yaml:2']);
  });

  it('reports references that do not resolve', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'faq.yaml': `entries:\n${entry('x', '    related: [nowhere]\n').replace('sources: [report]', 'sources: [report, missing-source]')}`,
    });
    expect(problems).toEqual([
      'faq.yaml:6:23 entries[0].sources[1]: unknown source "missing-source"; add it to a `sources:` list or fix the id',
      'faq.yaml:7:15 entries[0].related[0]: unknown entry "nowhere"; fix the id or remove it',
    ]);
  });

  it('reports an unstated detail about an entry that does not exist, with an unknown source, or with an id already taken', () => {
    const unstated = (id: string, about: string, source = 'report') => `  - id: ${id}\n    title: T\n    answer: No source says.\n    questions: [Q?]\n    about: ${about}\n    sources: [${source}]\n`;
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'faq.yaml': `entries:\n${entry('x')}`,
      'unstated.yaml': `unstated:\n${unstated('one', 'nowhere')}${unstated('two', 'x', 'missing')}${unstated('x', 'x')}`,
    });
    expect(problems).toEqual([
      'unstated.yaml:6:12 unstated[0].about: unknown entry "nowhere"; name the entry that says what the sources do give',
      'unstated.yaml:13:15 unstated[1].sources[0]: unknown source "missing"; add it to a `sources:` list or fix the id',
      'unstated.yaml:14:9 unstated[2].id: duplicate id "x", first defined in faq.yaml:2',
    ]);
  });

  it('reports an indicator that is not defanged, and a live copy of one in an answer', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'iocs.yaml': `entries:
  - id: iocs
    kind: indicator
    title: IOCs
    answer: The server evil.example.com was used.
    sources: [report]
    indicators:
      - { value: "evil[.]example[.]com", type: domain }
      - { value: "bad.example.net", type: domain }
`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^iocs\.yaml:9:18 entries\[0\]\.indicators\[1\]\.value: must be defanged/),
    ]);
    const live = problemsOf({
      'sources.yaml': SOURCES,
      'iocs.yaml': `entries:
  - id: iocs
    kind: indicator
    title: IOCs
    answer: The server evil.example.com was used.
    sources: [report]
    indicators:
      - { value: "evil[.]example[.]com", type: domain }
`,
    });
    expect(live).toEqual(['iocs.yaml:5:13 entries[0].answer: "evil.example.com" must be written defanged, as "evil[.]example[.]com"']);
    // An unstated detail's answer is held to the same rule.
    const liveUnstated = problemsOf({
      'sources.yaml': SOURCES,
      'iocs.yaml': `entries:
  - id: iocs
    kind: indicator
    title: IOCs
    answer: The server was used.
    sources: [report]
    indicators:
      - { value: "evil[.]example[.]com", type: domain }
unstated:
  - id: u
    title: T
    answer: No source says who registered evil.example.com.
    questions: [who registered it?]
    about: iocs
    sources: [report]
`,
    });
    expect(liveUnstated).toEqual([expect.stringMatching(/^iocs\.yaml:\d+:\d+ unstated\[0\]\.answer: "evil\.example\.com" must be written defanged/)]);
  });

  it('reports a quote whose speaker is not a person', () => {
    const problems = problemsOf({
      'sources.yaml': SOURCES,
      'q.yaml': `entries:\n${entry('org')}  - id: q\n    kind: quote\n    title: Q\n    answer: A\n    sources: [report]\n    speaker: org\n    quote: Words.\n`,
    });
    expect(problems).toEqual(['q.yaml:12:14 entries[1].speaker: "org" is a faq, not a person or organisation']);
  });
});

describe('loading a directory', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads nested .yaml files and ignores other files', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bg-kb-'));
    await writeFile(path.join(dir, 'sources.yaml'), SOURCES);
    await writeFile(path.join(dir, 'README.md'), '# not knowledge');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'nested'));
    await writeFile(path.join(dir, 'nested', 'faq.yml'), `entries:\n${entry('deep')}`);
    const result = await loadKnowledgeDir(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.knowledge.files).toEqual([path.join('nested', 'faq.yml'), 'sources.yaml']);
  });

  it('says so when the directory does not exist', async () => {
    const result = await loadKnowledgeDir('/nonexistent/knowledge');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toContain('the knowledge directory does not exist');
  });
});
