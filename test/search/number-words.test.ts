import { describe, expect, it } from 'vitest';
import { numberTwin, ordinalDigits, yearInHalves } from '../../src/search/number-words.ts';

describe('a year said in two halves', () => {
  it('reads a teen, a tens word with or without a unit, and "oh" with a unit', () => {
    expect(yearInHalves(['twenty', 'eighteen', 'election'])).toEqual({ value: 2018, words: 2 });
    expect(yearInHalves(['nineteen', 'ninety', 'two'])).toEqual({ value: 1992, words: 3 });
    expect(yearInHalves(['twenty', 'twenty', 'one'])).toEqual({ value: 2021, words: 3 });
    expect(yearInHalves(['twenty', 'thirty', 'days'])).toEqual({ value: 2030, words: 2 });
    expect(yearInHalves(['twenty', 'oh', 'nine'])).toEqual({ value: 2009, words: 3 });
  });

  it('is no year when the halves do not make one or a word is missing', () => {
    expect(yearInHalves(['twenty', 'oh', 'well'])).toBeUndefined();
    expect(yearInHalves(['twenty', undefined, 'eighteen'])).toBeUndefined();
    expect(yearInHalves(['thirty', 'eighteen'])).toBeUndefined();
    expect(yearInHalves(['twenty', 'people'])).toBeUndefined();
  });
});

describe('numbers in the other writing', () => {
  it('writes ordinals with their suffix and pairs words with digits', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 29].map(ordinalDigits)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '29th']);
    expect(numberTwin('four')).toBe('4');
    expect(numberTwin('2nd')).toBe('second');
    expect(numberTwin('forty')).toBe('40');
  });
});
