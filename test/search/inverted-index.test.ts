import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/knowledge/schema.ts';
import { entryFieldText, FIELDS } from '../../src/search/entry-fields.ts';
import { analyze, IMPACT_ORDER_ABOVE, IndexBuilder, InvertedIndex } from '../../src/search/inverted-index.ts';
import { stem } from '../../src/search/stem.ts';
import { buildSearchIndex, buildSearchIndexInBackground } from '../../src/search/search-index.ts';
import { generateEntries } from '../../scripts/bench/generate-knowledge.ts';

const faq = (id: string, fields: Partial<Entry> = {}): Entry =>
  ({ id, kind: 'faq', title: `About ${id}`, answer: 'Nothing much.', questions: [], names: [], tags: [], sources: ['src'], related: [], ...fields }) as Entry;

/**
 * The index's term counts worked out the plain way, with Maps, for comparing the packed typed arrays with:
 * per entry, each stem's count in each field.
 */
function referenceCounts(entries: readonly Entry[]): Map<string, number[]>[] {
  return entries.map((entry) => {
    const text = entryFieldText(entry);
    const counts = new Map<string, number[]>();
    FIELDS.forEach((field, f) => {
      for (const part of text[field]) {
        for (const s of analyze(part).stems) {
          const row = counts.get(s) ?? [0, 0, 0, 0, 0];
          row[f] = Math.min(63, row[f]! + 1);
          counts.set(s, row);
        }
      }
    });
    return counts;
  });
}

describe('the compact inverted index', () => {
  const entries = generateEntries(1_500, 'src', 7);
  const index = InvertedIndex.build(entries);
  const reference = referenceCounts(entries);

  it('lists in each postings list exactly the entries that hold the stem', () => {
    const holders = new Map<string, number[]>();
    reference.forEach((counts, doc) => {
      for (const s of counts.keys()) holders.set(s, [...(holders.get(s) ?? []), doc]);
    });
    expect(holders.size).toBeGreaterThan(1_000);
    for (const [s, docs] of holders) {
      expect(index.documentFrequency(s), s).toBe(docs.length);
      expect([...index.postingsOf(s)].sort((a, b) => a - b), s).toEqual(docs);
    }
    expect(index.documentFrequency('neverseenword')).toBe(0);
    expect(index.postingsOf('neverseenword')).toHaveLength(0);
  });

  it('keeps short postings lists in entry order and long ones strongest first, ties in entry order', () => {
    const impact = (doc: number, s: string) => {
      const row = reference[doc]!.get(s)!;
      return 3 * row[0]! + 2.5 * row[1]! + 2 * row[2]! + 2 * row[3]! + row[4]!;
    };
    let long = 0;
    for (const s of new Set(reference.flatMap((counts) => [...counts.keys()]))) {
      const list = [...index.postingsOf(s)];
      if (list.length <= IMPACT_ORDER_ABOVE) {
        expect(list, s).toEqual([...list].sort((a, b) => a - b));
        continue;
      }
      long++;
      for (let i = 1; i < list.length; i++) {
        const [before, after] = [impact(list[i - 1]!, s), impact(list[i]!, s)];
        expect(before >= after && (before > after || list[i - 1]! < list[i]!), `${s} at ${i}`).toBe(true);
      }
    }
    expect(long).toBeGreaterThan(0);
  });

  it('gives each entry the stems it holds, weighted by field, and strong only outside the body', () => {
    const small = InvertedIndex.build([
      faq('one', { names: ['Periscope'], answer: 'The periscope group sent phishing mail.' }),
      faq('two', { answer: 'Phishing mail and more phishing mail.' }),
      faq('three', { tags: ['phishing'] }),
    ]);
    const named = small.presence(0, ['periscop']);
    expect(named?.strong).toBe(true);
    const bodyOnly = small.presence(1, ['phish']);
    expect(bodyOnly?.strong).toBe(false);
    expect(small.presence(2, ['phish'])?.strong).toBe(true);
    // Twice in the body counts more than once in the same field of a same-length body.
    expect(bodyOnly!.weight).toBeGreaterThan(small.presence(0, ['phish'])!.weight);
    expect(small.presence(2, ['periscop'])).toBeUndefined();
    // A phrase is present only where all its stems are, in one field.
    expect(small.presence(1, ['phish', 'mail'])?.strong).toBe(false);
    expect(small.presence(2, ['phish', 'mail'])).toBeUndefined();
    expect(small.presence(0, [])).toBeUndefined();
    expect(small.isNameStem('periscop')).toBe(true);
    expect(small.isNameStem('phish')).toBe(false);
  });

  it('keeps each alternate question and the title as distinct stems with the question word', () => {
    const small = InvertedIndex.build([faq('one', { title: 'Election day', questions: ['Who attacked the election, the election?', 'Is it over?'] })]);
    const { docStart, start, terms } = small.questionArrays();
    const [first, end] = [docStart[0]!, docStart[1]!];
    expect(end - first).toBe(3);
    const stems = (q: number) => [...terms.subarray(start[q]!, start[q + 1]!)].map((term) => ['election', 'day', 'attacked'].find((word) => small.termId(stem(word)) === term));
    expect(stems(first)).toEqual(['election', 'day']);
    expect(stems(first + 1)).toEqual(['attacked', 'election']);
    expect(small.questionWord(first)).toBeUndefined();
    expect(small.questionWord(first + 1)).toBe('who');
    expect(small.questionWord(first + 2)).toBe('yes-no');
  });

  it('keeps the vocabulary in first-seen order without stopwords, and idf falls with frequency', () => {
    const small = InvertedIndex.build([faq('one', { title: 'The elections', answer: 'Elections and ballots.' }), faq('two', { title: 'Ballots', answer: 'Ballots.' })]);
    expect(small.vocabulary).toEqual(['elections', 'ballots']);
    expect(small.vocabulary).not.toContain('the');
    expect(small.idf('ballot')).toBeLessThan(small.idf('elect'));
    expect(small.idf('neverseen')).toBeGreaterThan(small.idf('elect'));
  });

  it('builds the same index step by step as at once', () => {
    const builder = new IndexBuilder();
    for (const entry of entries) builder.add(entry);
    const steps = builder.finishSteps();
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBeGreaterThan(1);
    const stepped = step.value;
    for (const s of new Set(reference.flatMap((counts) => [...counts.keys()]))) {
      expect(stepped.postingsOf(s), s).toEqual(index.postingsOf(s));
      expect(stepped.idf(s)).toBe(index.idf(s));
    }
    expect(stepped.vocabulary).toEqual(index.vocabulary);
  });

  it('merges an index built elsewhere over later entries into exactly the index built over all of them', () => {
    // Two sets that share words and stems and each have their own: the merge must give the same term ids,
    // vocabulary order, postings and per-entry arrays as adding every entry in one builder.
    const all = [...entries, faq('extra-one', { title: 'Elections and ballots', names: ['Zyxwv'], questions: ['Who counted the ballots?'] }), ...generateEntries(400, 'src', 11)];
    const at = 900;
    const here = new IndexBuilder();
    for (const entry of all.slice(0, at)) here.add(entry);
    const elsewhere = new IndexBuilder();
    for (const entry of all.slice(at)) elsewhere.add(entry);
    // As a worker thread posts it.
    here.merge(structuredClone(elsewhere.portable()), all.slice(at));
    const merged = here.finish();
    const whole = InvertedIndex.build(all);
    const { termIds: mergedTerms, ...mergedParts } = merged.parts();
    const { termIds: wholeTerms, ...wholeParts } = whole.parts();
    expect([...mergedTerms]).toEqual([...wholeTerms]);
    expect(mergedParts).toEqual(wholeParts);
    expect(merged.entries).toEqual(whole.entries);
    expect(() => new IndexBuilder().merge(elsewhere.portable(), all.slice(0, 3))).toThrow(/holds 1001 entries, not 3/);
  });

  it('answers the same from an index built in the background as from one built at once', async () => {
    const knowledge = { entries, synonyms: [] };
    const atOnce = buildSearchIndex(knowledge);
    const background = await buildSearchIndexInBackground(knowledge);
    for (const question of [`what is ${entries[10]!.names[0]}`, `${entries[20]!.tags[2]}`, 'how does it relate', 'qwertyuiop']) {
      expect(background.search(question)).toEqual(atOnce.search(question));
    }
  });
});
