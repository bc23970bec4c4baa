import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNode, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { generateEntries, knowledgeFiles } from '../../scripts/bench/generate-knowledge.ts';
import { parseKnowledgeFile, parseKnowledgeFilePrecisely, type ParseResult } from '../../src/knowledge/parse-knowledge-file.ts';
import { readPlainYaml } from '../../src/knowledge/read-plain-yaml.ts';

/**
 * Knowledge files are read the fast way (js-yaml's events, read-plain-yaml.ts) when they are plain and
 * valid, and by the `yaml` library otherwise. These tests hold the two to the same data, the same entry and
 * source positions and the same problems, on the shipped knowledge, generated knowledge, the hostile and
 * mistaken files the other tests use, and YAML's corner cases.
 */

const SHIPPED = readdirSync('knowledge', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, text: readFileSync(path.join('knowledge', file), 'utf8') }));

const SOURCE = { id: 'generated-source', publisher: 'ballotguard benchmark', title: 'Generated entries', date: '2026', reliability: 'low' as const };
const GENERATED = knowledgeFiles(generateEntries(2_000, SOURCE.id), SOURCE);

const entry = (id: string, answer = `The answer of ${id}.`) => `  - id: ${id}\n    kind: faq\n    title: Title of ${id}\n    answer: ${answer}\n    sources: [report]\n`;

/** Valid files written in the many ways YAML allows: both readers must take them the same. */
const VALID_VARIANTS: Record<string, string> = {
  comments: `# top\nentries: # the list\n  # before an item\n  -   id: spaced   # after a value\n      kind: faq\n      title: Spaced after the dash\n      answer: It works.\n      sources: [report]\n  -\n    id: on-next-line\n    kind: faq\n    title: The item starts on the next line\n    answer: 'It ''works'' too.'\n    sources:\n    - report\n`,
  blockScalars: `entries:\n  - id: literal\n    kind: faq\n    title: Literal and folded\n    answer: |\n      Line one.\n        More indented.\n\n      After a blank line.\n    questions:\n      - >-\n        Folded\n        over lines?\n      - >+\n        Kept newlines\n\n    sources: [report]\n  - id: folded\n    kind: faq\n    title: "Double \\"quoted\\" \\u00e9t\\u00e9 \\U0001F600 \\x41"\n    answer: >\n      Folded text\n      on two lines.\n\n        An indented line.\n      End.\n    sources: [report]\n`,
  multilinePlain: `entries:\n  - id: plain\n    kind: faq\n    title: A plain title\n      that goes on\n\n      after a blank line\n    answer: "double quoted\n      over lines \\\n      joined"\n    sources: [report]\n`,
  flow: `{entries: [{id: flow, kind: faq, title: "Flow style", answer: 'All in flow,\n  over two lines', sources: [report], tags: [a, b, "c d"]}]}\n`,
  documentMarkers: `---\nentries:\n${entry('marked')}...\n`,
  byteOrderMark: `\ufeffentries:\n${entry('bom')}`,
  numbersAsText: `entries:\n${entry('numbers', '2024')}  - id: more-numbers\n    kind: faq\n    title: 0x1F\n    answer: 1e3\n    questions: [0o17, +12, .5, -3.25, 1_000, 0b101, 1e400, 12e-3, .inf, -.Inf, .NaN, yes, 2018-07-10, 12:30]\n    sources: [report]\n`,
  explicitKey: `? entries\n: - id: explicit\n    kind: faq\n    title: An explicit key\n    answer: Fine.\n    sources: [report]\n`,
  unicode: `entries:\n${entry('unicode', 'Phnom Penh (ភ្នំពេញ) — “quoted”, emoji 🗳️, tab\there.')}`,
  sources: `sources:\n  - id: report\n    publisher: FireEye\n    title: A report\n    date: 2018-07-10\n    url: https://example.org/report\n    reliability: high\n  -   id: second\n      publisher: Someone\n      title: "Another: report"\n      date: 2019\n      reliability: low\n`,
};

/** Files the fast way must decline (and the `yaml` library then reads or refuses as before). */
const DECLINED: Record<string, string> = {
  anchorAndAlias: `entries:\n  - &first\n    id: a\n    kind: faq\n    title: T\n    answer: A\n    sources: [report]\n  - *first\n`,
  aliasBomb: ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9).fill(`*${String.fromCharCode(97 + k)}`).join(',')}]`)].join('\n'),
  tag: `entries:\n${entry('tagged', '!!str tagged answer')}`,
  localTag: `entries: !custom\n${entry('custom')}`,
  directive: `%YAML 1.1\n---\nentries:\n${entry('old', 'yes')}`,
  twoDocuments: `entries:\n${entry('one')}---\nentries:\n${entry('two')}`,
  carriageReturns: `entries:\r\n${entry('crlf').replaceAll('\n', '\r\n')}`,
  proto: `entries:\n${entry('proto')}    __proto__: {polluted: true}\n`,
  deep: `entries: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  duplicateKey: `entries:\n${entry('dup')}    title: Again\n`,
  mergeKey: `base: &base {kind: faq}\nentries:\n  - <<: *base\n    id: merged\n`,
};

/** Mistaken files (from the other knowledge tests): both ways must give the same problems. */
const MISTAKEN: Record<string, string> = {
  syntax: 'entries:\n  - id: x\n    title: [unclosed\n',
  missingField: 'entries:\n  - id: no-answer\n    kind: faq\n    title: T\n    sources: [report]\n',
  unknownKind: `entries:\n${entry('x').replace('kind: faq', 'kind: rumour')}`,
  manyProblems: 'entries:\n  - id: Bad_Id\n    kind: target\n    title: T\n    answer: A\n    sources: [report]\n    sector: weather\n    country: Cambodia\n    status: compromised\n    tittle: typo\n',
  emptyAnswer: `entries:\n${entry('x', '"  "')}`,
  empty: '# nothing yet\n',
  longAnswer: `entries:\n${entry('fine')}${entry('long-answer', 'x'.repeat(4_001))}`,
  longEntry: `entries:\n${entry('fine')}  - id: huge\n    kind: faq\n    title: Huge\n    answer: Short.\n    sources: [report]\n    questions:\n${'      - a question padded to make the entry enormous\n'.repeat(500)}`,
  tabs: `entries:\n\t- id: tabbed\n`,
  notAMapping: '- just\n- a list\n',
  nullKey: `entries:\n${entry('x')}    ~: nothing\n`,
  longKey: `entries:\n${entry('x')}    ${'k'.repeat(1_100)}: value\n`,
  badIndent: `entries:\n  - id: x\n   kind: faq\n`,
  junkAfter: `entries:\n${entry('x')}] trailing\n`,
};

/** What a parse result says, with every entry's and source's position, for comparing the two ways. */
function observed(result: ParseResult) {
  if (!result.ok) return { ok: false, problems: result.problems };
  const { content, locate } = result.parsed;
  return {
    ok: true,
    content,
    entries: (content.entries ?? []).map((_, i) => [locate(['entries', i], ''), locate(['entries', i, 'answer'], 'deeper')]),
    sources: (content.sources ?? []).map((_, i) => locate(['sources', i], '')),
  };
}

describe('the fast YAML reader', () => {
  it('reads every shipped and generated file the fast way, to the same data and positions as the yaml library', () => {
    for (const { file, text } of [...SHIPPED, ...GENERATED]) {
      const plain = readPlainYaml(text);
      expect(plain, file).toBeDefined();
      expect(plain!.data, file).toEqual(parseDocument(text, { uniqueKeys: true }).toJS());
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines });
      for (const key of ['entries', 'sources']) {
        const list = (doc.contents as YAMLMap).get(key, true);
        const items = isSeq(list) ? list.items : [];
        expect(plain!.items.get(key)?.length ?? 0, `${file} ${key}`).toBe(items.length);
        items.forEach((item, i) => {
          const span = plain!.items.get(key)![i]!;
          const [start, end] = isNode(item) && item.range ? item.range : [0, 0];
          expect({ line: span.line, col: span.col }, `${file} ${key}[${i}]`).toEqual(lines.linePos(start));
          expect(span.maxLength).toBeGreaterThanOrEqual(end - start);
        });
      }
    }
  });

  it('gives the same parse as the yaml library for shipped, generated and variously written files', () => {
    const files = [...SHIPPED, ...GENERATED, ...Object.entries(VALID_VARIANTS).map(([file, text]) => ({ file, text }))];
    for (const { file, text } of files) {
      const fast = parseKnowledgeFile(file, text);
      expect(fast.ok, file).toBe(true);
      expect(readPlainYaml(text), file).toBeDefined();
      expect(observed(fast), file).toEqual(observed(parseKnowledgeFilePrecisely(file, text)));
    }
  });

  it('takes numbers, booleans and nulls as the yaml library does (YAML 1.2 core schema)', () => {
    const text = 'values: [0o17, 0x1F, +12, -0, .5, -3.25, 1_000, 0b101, 1e400, 12e-3, .inf, -.Inf, .NaN, ~, Null, "", TRUE, True, yes, no, on, 2018-07-10, 12:30, 1.2.3]\n';
    expect(readPlainYaml(text)!.data).toEqual(parseDocument(text).toJS());
  });

  it('declines anchors, aliases, tags, directives, several documents, carriage returns, __proto__, deep nesting and duplicate keys', () => {
    for (const [name, text] of Object.entries(DECLINED)) expect(readPlainYaml(text), name).toBeUndefined();
  });

  it('leaves every refusal and its message to the yaml library: both ways give the same problems', () => {
    const { deep, ...files } = { ...DECLINED, ...MISTAKEN };
    for (const [file, text] of Object.entries(files)) {
      expect(observed(parseKnowledgeFile(file, text)), file).toEqual(observed(parseKnowledgeFilePrecisely(file, text)));
    }
    // Where the yaml library gives up on deep nesting depends on the stack left to it, so only the message is compared.
    const messages = (result: ParseResult) => (result.ok ? [] : [...new Set(result.problems.map((p) => p.message))]);
    expect(messages(parseKnowledgeFile('deep', deep!))).toEqual(messages(parseKnowledgeFilePrecisely('deep', deep!)));
    expect(messages(parseKnowledgeFile('deep', deep!))).toEqual([expect.stringMatching(/^the YAML nests too deeply/)]);
    for (const file of Object.keys(MISTAKEN)) expect(parseKnowledgeFile(file, MISTAKEN[file]!).ok, file).toBe(false);
  });
});
