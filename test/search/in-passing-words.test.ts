import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { knowledgeFrom, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';
import { IN_PASSING_MISS_FACTOR } from '../../src/parameters.ts';

/**
 * Two entries: "outlet" and "Russia" appear only in passing in one answer; "commission" and "playbook" are
 * what entries are about (a title, an alternate question). Each word is in exactly one entry, so each has
 * the same idf and the only difference in how much missing it counts is where the knowledge uses it.
 */
const index = buildSearchIndex(knowledgeFrom({
  'sources.yaml': TEST_SOURCES,
  'faq.yaml': `entries:
  - id: story
    kind: faq
    title: The first news story
    answer: A news outlet in Russia ran the first story about the servers.
    questions: [Who ran the first story?]
    sources: [src]
  - id: commission
    kind: faq
    title: The election commission
    answer: The commission ran the vote.
    questions: [What did the attackers' playbook say?]
    sources: [src]
`,
}));

const missWeight = (question: string, label: string) => {
  const concept = index.search(question).concepts.find((c) => c.label === label);
  if (!concept) throw new Error(`no concept ${label} in "${question}"`);
  return concept.missWeight / concept.idf;
};

describe('words the knowledge base uses only in passing', () => {
  it('count less against an entry that lacks them than words entries are about', () => {
    expect(missWeight('which outlet was it', 'outlet')).toBeCloseTo(IN_PASSING_MISS_FACTOR * missWeight('which playbook was it', 'playbook'), 1);
    expect(missWeight('which outlet was it', 'outlet')).toBeLessThan(missWeight('which commission was it', 'commission'));
  });

  it('keep their full weight when they are names', () => {
    expect(missWeight('what about russia', 'russia')).toBeGreaterThan(missWeight('what about the outlet', 'outlet'));
  });
});
