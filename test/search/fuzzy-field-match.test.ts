import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import type { Entry } from '../../src/knowledge/schema.ts';
import type { Concept } from '../../src/search/question-concepts.ts';
import { FuzzyFieldMatcher } from '../../src/search/fuzzy-field-match.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  snapshot = await shippedSnapshot();
});

/** What the search did before remembering pairs: a fresh fuse.js collection, one search per concept. */
function freshFuseCoverage(entries: readonly Entry[], concepts: readonly Concept[], totalWeight: number): number[] {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'questions', weight: 2.5 },
      { name: 'title', weight: 2.5 },
      { name: 'tags', weight: 2 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 3,
  });
  const byEntry = new Map<Entry, number>();
  for (const concept of concepts) {
    if (concept.label.length < 3) continue;
    for (const hit of fuse.search(concept.label.slice(0, 32))) {
      byEntry.set(hit.item, (byEntry.get(hit.item) ?? 0) + concept.weight * (1 - (hit.score ?? 1)));
    }
  }
  return entries.map((entry) => (byEntry.get(entry) ?? 0) / totalWeight);
}

const QUESTIONS = [
  'nationl electon comission',
  'who was targeted',
  'temp.periscop',
  'phising email sender adress',
  'Can you explain in detail how the Chinese hacking group known as TEMP.Periscope managed to compromise the Cambodian government?',
  'minstry of interior',
  'kem sokha daughter',
];

describe('fuzzy matching of a question\u2019s concepts against entries\u2019 short fields', () => {
  it.each([
    ['as many pairs as the parameters allow', undefined],
    ['only 25 pairs, dropping words while it fills them', 25],
  ])('gives exactly what a fresh fuse.js search per concept gives, however the entries and questions recur, remembering %s', (_, maxPairs) => {
    const matcher = new FuzzyFieldMatcher(maxPairs);
    const entries = snapshot.knowledge.entries;
    let compared = 0;
    let matched = 0;
    // Overlapping windows of entries, in both orders, so later calls mix remembered and new pairs.
    for (let round = 0; round < 2; round++) {
      for (const question of QUESTIONS) {
        const { concepts } = snapshot.index.search(question);
        const totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
        for (let start = 0; start < entries.length; start += 7) {
          const window = entries.slice(start, start + 10);
          const ordered = round === 0 ? window : [...window].reverse();
          const expected = freshFuseCoverage(ordered, concepts.slice(0, 6), totalWeight);
          expect(matcher.coverage(ordered, concepts.slice(0, 6), totalWeight)).toEqual(expected);
          compared += expected.length;
          matched += expected.filter((v) => v > 0).length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
    // The comparison means something only if many pairs do match.
    expect(matched).toBeGreaterThan(50);
  });
});
