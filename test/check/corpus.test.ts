import { beforeAll, describe, expect, it } from 'vitest';
import { checkReply } from '../../src/check/check-reply.ts';
import { checkMessage } from '../../src/check/run-check.ts';
import { createSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { replyToPlainText } from '../../src/core/plain-text.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { shippedKnowledge } from '../helpers/shipped-knowledge.ts';
import { compareCase, corpus, type CorpusCase } from './corpus.ts';

let knowledge: Knowledge;
let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
  snapshot = createSnapshot(knowledge);
});

const compare = (c: CorpusCase) => compareCase(c, knowledge);

describe('the /check corpus (test/check/corpus.jsonl)', () => {
  it('has at least 60 cases, with every category the issue names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(corpus.map((c) => c.category));
    for (const category of ['indicator', 'lookalike', 'homoglyph', 'punycode', 'free-mail', 'attachment', 'link', 'legitimate']) {
      expect(categories, category).toContain(category);
    }
  });

  it.each(corpus.map((c, i) => [i + 1, c.category, c] as const))('case %i (%s) gives exactly the expected findings', (_line, _category, c) => {
    expect(compare(c)).toEqual({ missing: [], unexpected: [] });
  });

  it('shows every domain it read only defanged, and never calls a message safe', () => {
    for (const c of corpus) {
      const result = checkMessage(c.text, knowledge);
      const text = replyToPlainText(checkReply(result, snapshot));
      for (const domain of result.domains) {
        for (const form of new Set([domain.host, domain.unicode, domain.registrable ?? domain.host])) {
          expect(text.toLowerCase(), `${c.text}: ${form}`).not.toContain(form);
        }
      }
      expect(text.replace('does not make the message safe', ''), c.text).not.toMatch(/\bsafe\b/i);
    }
  });

  it('raises nothing on the legitimate messages, and prints the figures for the README', () => {
    const rows = new Map<string, { cases: number; expected: number; found: number; falseAlarms: number }>();
    for (const c of corpus) {
      const { missing, unexpected } = compare(c);
      const row = rows.get(c.category) ?? { cases: 0, expected: 0, found: 0, falseAlarms: 0 };
      row.cases += 1;
      row.expected += c.expect.length;
      row.found += c.expect.length - missing.length;
      row.falseAlarms += unexpected.length;
      rows.set(c.category, row);
    }
    const lines = ['| category | cases | expected findings | found | false alarms |', '|---|---|---|---|---|'];
    for (const [category, r] of rows) lines.push(`| ${category} | ${r.cases} | ${r.expected} | ${r.found} | ${r.falseAlarms} |`);
    const total = [...rows.values()].reduce((a, r) => ({ cases: a.cases + r.cases, expected: a.expected + r.expected, found: a.found + r.found, falseAlarms: a.falseAlarms + r.falseAlarms }));
    lines.push(`| **all** | ${total.cases} | ${total.expected} | ${total.found} | ${total.falseAlarms} |`);
    console.log(`/check corpus figures:\n${lines.join('\n')}`);
    expect(rows.get('legitimate')?.falseAlarms).toBe(0);
    expect(total.found).toBe(total.expected);
  });
});
