import { describe, expect, it } from 'vitest';
import { splitRunTogetherWords } from '../../src/understand/run-together-words.ts';
import { readMessage } from '../../src/understand/read-message.ts';

describe('splitting words a phone ran together', () => {
  it('splits a question word, auxiliary, pronoun or preposition from the word typed onto it', () => {
    expect(splitRunTogetherWords('whohacked the election commission')).toBe('who hacked the election commission');
    expect(splitRunTogetherWords('howmany seats')).toBe('how many seats');
    expect(splitRunTogetherWords('Whatdidthey use')).toBe('What did they use');
    expect(splitRunTogetherWords('isit true, inthe report?')).toBe('is it true, in the report?');
    expect(splitRunTogetherWords('whatairbreak')).toBe('what airbreak');
  });

  it('keeps listed words, their forms, names, and words inside addresses and file names', () => {
    for (const kept of ['hashes', 'weaponised', 'theron', 'forbes', 'reston', 'henderson', 'whatsapp', 'watchlist', 'wherever', 'thesis']) {
      expect(splitRunTogetherWords(kept)).toBe(kept);
    }
    expect(splitRunTogetherWords('visit whohacked.com or thehackers-news')).toBe('visit whohacked.com or thehackers-news');
  });

  it('lets a run-together question word be read as asking', () => {
    expect(readMessage('whohacked the electioncommission').questions[0]?.text).toBe('who hacked the electioncommission');
  });
});
