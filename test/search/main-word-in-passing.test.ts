import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { knowledgeFrom, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

/**
 * "Russia" appears only in passing, in one answer's text; "commission" is what the other entry is about (its
 * title). The signal says when a question's main word is one the best entry only mentions in passing.
 */
const index = buildSearchIndex(knowledgeFrom({
  'sources.yaml': TEST_SOURCES,
  'faq.yaml': `entries:
  - id: story
    kind: faq
    title: The first news story
    answer: A news outlet ran the first story about the servers, next to one on NATO and Russia.
    questions: [Who ran the first story?]
    sources: [src]
  - id: commission
    kind: faq
    title: The election commission
    answer: The commission ran the vote.
    questions: [Who ran the vote?]
    sources: [src]
  - id: drive-by
    kind: technique
    title: Luring visitors to a rigged site
    attack:
      id: T1189
      name: Drive-by Compromise
      mapping: mitre
      group: G0065
    answer: Visitors were led to a rigged news site.
    questions: [How were visitors lured?]
    sources: [src]
`,
}));

const hitFor = (question: string, id: string) => {
  const hit = index.search(question).hits.find((h) => h.entry.id === id);
  if (!hit) throw new Error(`no hit ${id} for "${question}"`);
  return hit;
};

describe('the main word of a question, mentioned only in passing', () => {
  it('is reported, with its share of the question, when the entry has it only in its answer text', () => {
    expect(hitFor('russia', 'story').signals.mainWordBodyOnly).toBeCloseTo(1, 5);
  });

  it('is not reported when the entry is about it, or lacks it', () => {
    expect(hitFor('the commission', 'commission').signals.mainWordBodyOnly).toBe(0);
    expect(hitFor('the first story', 'story').signals.mainWordBodyOnly).toBe(0);
  });

  it("is not reported for a technique's own ATT&CK ID, which names it", () => {
    expect(hitFor('T1189?', 'drive-by').signals.mainWordBodyOnly).toBe(0);
  });
});
