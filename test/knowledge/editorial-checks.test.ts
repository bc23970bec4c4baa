import { describe, expect, it } from 'vitest';
import { loadKnowledgeTexts } from '../../src/knowledge/load-knowledge.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';

const SOURCES = `sources:
  - id: report
    publisher: FireEye
    title: A report
    date: 2018-07-10
    reliability: high
`;

const PEOPLE = `entries:
  - id: analyst
    kind: person
    title: An analyst
    role: Analyst at the firm, as of 2018
    answer: An analyst.
    sources: [report]
  - id: firm
    kind: organisation
    title: A firm
    orgType: security firm
    answer: A firm.
    sources: [report]
  - id: quote-analyst
    kind: quote
    title: The analyst on the servers
    speaker: analyst
    quote: These files were "open indexed" and thus accessible to anyone on the public internet.
    answer: 'The analyst: "These files were open indexed."'
    paraphrases: [These files were open indexed]
    sources: [report]
  - id: quote-firm
    kind: quote
    title: The firm on attribution
    speaker: firm
    quote: Our analysis bolsters our previous assessment that the group is likely Chinese in origin.
    answer: The firm said its analysis "bolsters our previous assessment".
    sources: [report]
`;

/** Knowledge with one extra faq entry whose answer (and other fields) are `extra`. */
function problemsWith(extra: string): string[] {
  const result = loadKnowledgeTexts([
    { file: 'sources.yaml', text: SOURCES },
    { file: 'people.yaml', text: PEOPLE },
    { file: 'faq.yaml', text: `entries:\n  - id: x\n    kind: faq\n    title: X\n    sources: [report]\n${extra}` },
  ]);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('quotations in answers must be word for word', () => {
  it('accepts a quotation held in a quote entry, with emphasis, a capital first letter, outer punctuation or an elision', () => {
    expect(problemsWith('    answer: FireEye said it was "**likely Chinese** in origin."\n')).toEqual([]);
    expect(problemsWith('    answer: \'"Bolsters our previous assessment", it said.\'\n')).toEqual([]);
    expect(problemsWith('    answer: It said "our analysis … is likely Chinese in origin".\n')).toEqual([]);
    // A person's or an organisation's words alike; curly quotation marks too.
    expect(problemsWith('    answer: It said the files were \u201caccessible to anyone on the public internet\u201d.\n')).toEqual([]);
  });

  it('rejects a misquote: a changed word, a strengthened hedge, or elided parts out of order', () => {
    expect(problemsWith('    answer: FireEye said it was "probably Chinese in origin".\n')).toEqual([
      expect.stringMatching(/^faq\.yaml:6:13 entries\[0\]\.answer: "probably Chinese in origin" is quoted but is not word for word in any quote entry/),
    ]);
    expect(problemsWith('    answer: It said "Chinese in origin … our previous assessment".\n')).toHaveLength(1);
  });

  it('accepts quoted words listed as paraphrases, and flags a listed paraphrase the answer no longer quotes', () => {
    expect(problemsWith('    answer: Diplomats call it "a key partner".\n    paraphrases: [a key partner]\n')).toEqual([]);
    expect(problemsWith('    answer: Diplomats call it a key partner.\n    paraphrases: [a key partner]\n')).toEqual([
      'faq.yaml:7:19 entries[0].paraphrases[0]: "a key partner" is not in quotation marks in the answer; remove it from `paraphrases`',
    ]);
  });

  it('checks a quote entry\'s own answer against its quote', () => {
    const result = loadKnowledgeTexts([
      { file: 'sources.yaml', text: SOURCES },
      { file: 'people.yaml', text: PEOPLE.replace('"bolsters our previous assessment"', '"strengthens our previous assessment"') },
    ]);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^people\.yaml:\d+:13 entries\[3\]\.answer: "strengthens our previous assessment" is quoted/),
    ]);
  });
});

const technique = (attack: string, answer = 'How it worked.') => `entries:
  - id: t
    kind: technique
    title: A technique
    answer: ${answer}
    sources: [report]
    attack: ${attack}
`;

function attackProblems(text: string): string[] {
  const result = loadKnowledgeTexts([
    { file: 'sources.yaml', text: SOURCES },
    { file: 'techniques.yaml', text },
  ]);
  // file:line and the message; the column depends on the flow-style layout of these fixtures.
  return result.ok ? [] : result.problems.map((p) => formatProblem(p).replace(/^(\S+:\d+):\d+ /, '$1 '));
}

describe('ATT&CK ids and names must match MITRE\'s table', () => {
  it('accepts MITRE\'s name, with or without its parent, and the right mapping label', () => {
    expect(attackProblems(technique('{ id: T1566.001, name: "Phishing: Spearphishing Attachment", mapping: mitre, group: G0065 }'))).toEqual([]);
    expect(attackProblems(technique('{ id: T1566.001, name: Spearphishing Attachment, mapping: mitre, group: G0065 }'))).toEqual([]);
    expect(attackProblems(technique('{ id: T1672, name: Email Spoofing, mapping: knowledge-base, group: G0065 }'))).toEqual([]);
  });

  it('rejects a name that is not MITRE\'s and an id that does not exist', () => {
    expect(attackProblems(technique('{ id: T1566.002, name: "Phishing: Spearphishing Link (lookalike domains)", mapping: mitre, group: G0065 }'))).toEqual([
      'techniques.yaml:7 entries[0].attack.name: MITRE names T1566.002 "Phishing: Spearphishing Link" in ATT&CK v18.1, not "Phishing: Spearphishing Link (lookalike domains)"',
    ]);
    expect(attackProblems(technique('{ id: T1999, name: Made Up, mapping: knowledge-base, group: G0065 }'))).toEqual([
      'techniques.yaml:7 entries[0].attack.id: T1999 is not a technique in ATT&CK v18.1',
    ]);
  });

  it('rejects "our mapping" where MITRE lists the technique for the group, and "MITRE" where it does not', () => {
    expect(attackProblems(technique('{ id: T1204.002, name: "User Execution: Malicious File", mapping: knowledge-base, group: G0065 }'))).toEqual([
      'techniques.yaml:7 entries[0].attack.mapping: MITRE lists T1204.002 for G0065 in ATT&CK v18.1; use `mapping: mitre`',
    ]);
    expect(attackProblems(technique('{ id: T1187, name: Forced Authentication, mapping: mitre, group: G0065 }'))).toEqual([
      'techniques.yaml:7 entries[0].attack.mapping: MITRE does not list T1187 for G0065 in ATT&CK v18.1; use `mapping: knowledge-base`',
    ]);
    expect(attackProblems(technique('{ id: T1187, name: Forced Authentication, mapping: mitre, group: G9999 }'))).toEqual([
      'techniques.yaml:7 entries[0].attack.group: G9999 is not a group in ATT&CK v18.1',
    ]);
  });

  it('checks ids written in text: they must exist and be named as MITRE names them', () => {
    const faq = (answer: string) => `entries:\n  - id: f\n    kind: faq\n    title: F\n    sources: [report]\n    answer: ${answer}\n`;
    expect(attackProblems(faq('HOMEFRY (MITRE S0232) maps to OS Credential Dumping (T1003); AIRBREAK is MITRE S0229.'))).toEqual([]);
    expect(attackProblems(faq('It used Spearphishing Link (T1566.001).'))).toEqual([
      'techniques.yaml:6 entries[0].answer: T1566.001 is written without MITRE\'s name for it ("Spearphishing Attachment", ATT&CK v18.1)',
    ]);
    expect(attackProblems(faq('MITRE tracks it as G9998.'))).toEqual([
      'techniques.yaml:6 entries[0].answer: G9998 is not a technique, software or group in ATT&CK v18.1',
    ]);
    // Sources' titles too.
    const source = (title: string) => loadKnowledgeTexts([
      { file: 'sources.yaml', text: `${SOURCES}  - id: mitre\n    publisher: MITRE\n    title: ${title}\n    date: 2025\n    reliability: high\n` },
      { file: 'faq.yaml', text: faq('A.') },
    ]);
    expect(source('HTRAN (S0040), ATT&CK v18.1').ok).toBe(true);
    const wrong = source('HTRAN (S0041), ATT&CK v18.1');
    expect(wrong.ok ? [] : wrong.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^sources\.yaml:9:\d+ sources\[1\]\.title: S0041 is written without MITRE's name for it/),
    ]);
  });
});

describe('facts that change carry their date', () => {
  it('rejects a person\'s role with no year, and accepts one that says when it held', () => {
    const person = (role: string) => `entries:\n  - id: p\n    kind: person\n    title: P\n    answer: P.\n    sources: [report]\n    role: ${role}\n`;
    const problems = (role: string) => {
      const result = loadKnowledgeTexts([{ file: 'sources.yaml', text: SOURCES }, { file: 'people.yaml', text: person(role) }]);
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(problems('Government spokesman')).toEqual([
      'people.yaml:7:11 entries[0].role: say when this role held, with a year, e.g. "(as of July 2018, per Bloomberg)": roles change',
    ]);
    expect(problems('Government spokesman (as of July 2018, per Bloomberg)')).toEqual([]);
  });
});
