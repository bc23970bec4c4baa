import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { knowledgeFrom, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

/** An entry two fixtures share: a number spelt out ("four"), which a question may type in digits. */
const CHARGED_ENTRY = `  - id: charged
    kind: faq
    title: The four people charged
    answer: Prosecutors charged four officers.
    sources: [src]
`;

/**
 * How much a word of a question weighs. "government" is everyday English, "espionage" is not; each is in
 * one entry, so their idf is the same.
 */
const index = buildSearchIndex(knowledgeFrom({
  'sources.yaml': TEST_SOURCES,
  'faq.yaml': `entries:
  - id: denial
    kind: faq
    title: What the government said
    answer: The government denied it.
    sources: [src]
  - id: espionage
    kind: faq
    title: Cyber espionage in 2018
    answer: The campaign was espionage, not sabotage.
    sources: [src]
  - id: analysis
    kind: faq
    title: How analysts analyse the logs
    answer: They analyse what the servers kept, aka the logs.
    sources: [src]
${CHARGED_ENTRY}  - id: ministries
    kind: faq
    title: Which ministries were hit
    answer: The minister tries to protect the ministries.
    sources: [src]
  - id: cause
    kind: faq
    title: Why the commission was compromised
    answer: Nobody could determine why from the ordinary logs. Newly found logs may tell; recently published ones do not.
    sources: [src]
`,
}));

const weightOf = (question: string, label: string) => {
  const concept = index.search(question).concepts.find((c) => c.label === label);
  if (!concept) throw new Error(`no concept ${label} in "${question}"`);
  return concept.weight;
};

describe('a corrected typo', () => {
  it('weighs as the everyday word it was meant to be, not as a rare word', () => {
    expect(weightOf('what did the goverment say', 'goverment')).toBeCloseTo(weightOf('what did the government say', 'government'), 5);
    expect(weightOf('what did the goverment say', 'goverment')).toBeLessThan(weightOf('was it espionge', 'espionge'));
  });

  it('keeps a topic word topical', () => {
    expect(weightOf('was it espionge', 'espionge')).toBeCloseTo(weightOf('was it espionage', 'espionage'), 5);
  });
});

describe('a correction', () => {
  it('is surer of one slip in a long word than in a short one', () => {
    const quality = (question: string, label: string) => index.search(question).concepts.find((c) => c.label === label)?.variants[0]?.quality ?? 0;
    expect(quality('was it espionnage', 'espionnage')).toBeGreaterThan(quality('was it denid', 'denid'));
    expect(quality('was it denid', 'denid')).toBeGreaterThan(0);
  });
});

describe('a misspelt everyday word the knowledge lacks', () => {
  it('weighs as the word it was meant to be ("turmed" as "turned"), not as a rare word', () => {
    expect(weightOf('was the government turmed down', 'turmed')).toBeCloseTo(weightOf('was the government turned down', 'turned'), 5);
  });

  it('says how, not what, when it is an adverb ("skowly" as "slowly")', () => {
    expect(weightOf('did they patch skowly', 'skowly')).toBeCloseTo(weightOf('did they patch slowly', 'slowly'), 5);
  });

  it('keeps its own spelling as the label, and a slip of a word the knowledge has is read as that word', () => {
    expect(index.search('was the espionnage denied').concepts.find((c) => c.label === 'espionnage')?.known).toBe(true);
  });
});

describe('an unknown word', () => {
  it('that only says how ("slowly") weighs less against an answer than one that may be the subject ("prison")', () => {
    expect(weightOf('did they patch slowly', 'slowly')).toBeLessThan(weightOf('did they patch the prison', 'prison') / 2);
  });
});

describe('a word spelt the other side of the Atlantic', () => {
  it('finds the entry that spells it the other way ("analyze" for "analyse")', () => {
    const { hits, concepts } = index.search('how do they analyze logs');
    expect(concepts.find((c) => c.label === 'analyze')?.known).toBe(true);
    expect(hits[0]?.entry.id).toBe('analysis');
  });

  it('weighs as the everyday word it is, however it is spelt ("prioritise" as "prioritize")', () => {
    expect(weightOf('what should we prioritise', 'prioritise')).toBeCloseTo(weightOf('what should we prioritize', 'prioritize'), 5);
    expect(weightOf('what should we prioritise', 'prioritise')).toBeLessThan(weightOf('did they use qwxzvbnm', 'qwxzvbnm'));
  });
});

describe('words that only place or point', () => {
  it('are not searched for: "among the ones hit", "onto the page", "everyone keeps saying"', () => {
    const labels = (question: string) => index.search(question).concepts.map((c) => c.label);
    expect(labels('was the government among the ones that denied it')).toEqual(['denied', 'government']);
    expect(labels('did everyone lure them onto the servers')).not.toContain('onto');
    expect(labels('did everyone lure them onto the servers')).not.toContain('everyone');
    // Emphasis says how strongly, not what: "why would the government even deny it".
    expect(labels('why would the government even deny it')).not.toContain('even');
    // A part of a year says when within it, not what: "ahead of the mid-2018 vote".
    expect(labels('who hacked the NEC ahead of the mid-2018 vote')).not.toContain('mid');
  });
});

describe('a small number', () => {
  it('finds the entry that writes it the other way ("4" for "four", "four" for "4")', () => {
    expect(index.search('who were the 4 guys charged').hits[0]?.entry.id).toBe('charged');
    const concept = index.search('who were the 4 officers').concepts.find((c) => c.label === '4');
    expect(concept?.known).toBe(true);
    expect(concept?.variants.flatMap((v) => v.stems)).toContain('four');
  });

  it('leaves a number the knowledge never writes unknown', () => {
    expect(index.search('who were the 7 officers').concepts.find((c) => c.label === '7')?.known).toBe(false);
  });
});

describe('an ordinal', () => {
  const meetings = buildSearchIndex(knowledgeFrom({
    'sources.yaml': TEST_SOURCES,
    'faq.yaml': `entries:
  - id: second-meeting
    kind: faq
    title: The second leaders' meeting
    answer: Cambodia hosted the second leaders' meeting.
    sources: [src]
${CHARGED_ENTRY}`,
  }));

  it('written in digits finds the entry that spells it out ("2nd" for "second")', () => {
    const concept = meetings.search('where was the 2nd leaders meeting').concepts.find((c) => c.label === '2nd');
    expect(concept?.known).toBe(true);
    expect(concept?.variants.flatMap((v) => v.stems)).toContain('second');
    expect(meetings.search('who hosted the 2nd meeting').hits[0]?.entry.id).toBe('second-meeting');
  });

  it('the knowledge never writes stays unknown ("3rd" where only "second" is written)', () => {
    expect(meetings.search('who hosted the 3rd meeting').concepts.find((c) => c.label === '3rd')?.known).toBe(false);
  });
});

describe('a word one slip from a known word', () => {
  it('is that word, not two halves English lacks ("ministtries" is "ministries", not "minist" + "tries")', () => {
    const concept = index.search('which ministtries were hit').concepts.find((c) => c.label === 'ministtries');
    expect(concept?.variants.map((v) => v.stems)).toEqual([['ministri']]);
  });
});

describe('a word of general English that names no subject', () => {
  // "determine" and "espionage" are each in one entry and about as rare in SUBTLEX-US; only one says what a
  // question is about.
  it('weighs as little as the most everyday word, however rare English and the knowledge find it', () => {
    expect(weightOf('how did they determine it', 'determine')).toBeLessThan(weightOf('was it espionage', 'espionage') / 3);
  });

  it('is an adverb of how or when, but not one that places a question now', () => {
    expect(weightOf('what was newly found', 'newly')).toBeLessThan(weightOf('what was recently found', 'recently') / 3);
  });

  it('is "aka", which says a name follows but not whose', () => {
    expect(weightOf('logs aka', 'aka')).toBeLessThan(weightOf('was it espionage', 'espionage') / 3);
  });

  it('is an adjective of kind, such as "ordinary", which the knowledge may also use of a thing', () => {
    expect(weightOf('should ordinary people worry', 'ordinary')).toBeLessThan(weightOf('was it espionage', 'espionage') / 3);
  });

  it('counts in every form', () => {
    expect(weightOf('was it determined', 'determined')).toBeCloseTo(weightOf('how did they determine it', 'determine'), 5);
  });
});
