import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';
import { stem } from '../../src/search/stem.ts';
import { TypoCorrector } from '../../src/search/typo-corrector.ts';
import { soundFrame } from '../../src/search/sound-spelling.ts';

let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  snapshot = await shippedSnapshot();
});

/** Whether the concept typed as `label` is searched as `word` (itself, or in a synonym group of it). */
const readsAs = (question: string, label: string, word: string) =>
  snapshot.index.search(question).concepts.find((c) => c.label === label)?.variants.some((v) => v.stems.length === 1 && v.stems[0] === stem(word)) ?? false;

describe('a word spelt by ear with other vowels', () => {
  it('keeps a word\'s consonants and syllables in its sound frame', () => {
    expect(soundFrame('senit')).toBe(soundFrame('senate'));
    expect(soundFrame('sits')).toBe(soundFrame('seats'));
    expect(soundFrame('commotion')).toBe(soundFrame('commission'));
    // A syllable lost is another frame.
    expect(soundFrame('senit')).not.toBe(soundFrame('sent'));
  });

  it('finds the known word with the same frame within a slip or two, and none for a short frame or a far spelling', () => {
    const corrector = new TypoCorrector(['senate', 'sent', 'seats', 'stake', 'straight', 'phones', 'right']);
    expect(corrector.withOtherVowels('senit')).toEqual(['senate']);
    expect(corrector.withOtherVowels('sits')).toEqual(['seats']);
    // Two consonants fit too many words; "stock", "street" and "finace" share consonants with words they are not.
    for (const word of ['rite', 'stock', 'street', 'finace']) expect(corrector.withOtherVowels(word), word).toEqual([]);
  });

  it('reads a word English lacks as the known word with its consonants and syllables, before a slip that loses one', () => {
    expect(readsAs('was the senit hacked', 'senit', 'senate')).toBe(true);
    // A word English lists stays as it was read.
    expect(readsAs('which street does ben read live on', 'street', 'straight')).toBe(false);
  });
});
