import { describe, expect, it } from 'vitest';
import { spelledNumbersAsDigits } from '../../src/understand/spelled-numbers.ts';
import { readMessage } from '../../src/understand/read-message.ts';

describe('numbers written out in words', () => {
  it('reads tens above twenty, numbers of several words and years said in two halves as digits', () => {
    expect(spelledNumbersAsDigits('is apt forty the same as apt-forty')).toBe('is apt 40 the same as apt-40');
    expect(spelledNumbersAsDigits('who won all one hundred twenty five seats')).toBe('who won all 125 seats');
    expect(spelledNumbersAsDigits('the one hundred and eighteen banned')).toBe('the 118 banned');
    expect(spelledNumbersAsDigits('twenty-five seats')).toBe('25 seats');
    expect(spelledNumbersAsDigits('the twenty eighteen election')).toBe('the 2018 election');
    expect(spelledNumbersAsDigits('what did the DOJ do in twenty twenty one')).toBe('what did the DOJ do in 2021');
    expect(spelledNumbersAsDigits('active since two thousand nine? or two thousand and fourteen')).toBe('active since 2009? or 2014');
    expect(spelledNumbersAsDigits('twenty oh nine, nineteen ninety two')).toBe('2009, 1992');
  });

  it('reads an ordinal beside a month as the day, and elsewhere as an ordinal in digits', () => {
    expect(spelledNumbersAsDigits('july twenty ninth twenty eighteen')).toBe('july 29 2018');
    expect(spelledNumbersAsDigits('march sixteenth, fifteenth august, the sixth of july')).toBe('march 16, 15 august, the 6 july');
    expect(spelledNumbersAsDigits('sept third twenty seventeen')).toBe('sept 3 2017');
    expect(spelledNumbersAsDigits('their twenty first target')).toBe('their 21st target');
  });

  it('leaves what search already reads as a number, and ordinals that are no dates', () => {
    for (const text of ['the two diplomats', 'twenty million dollars', 'who was hit first', 'the second time', 'top ten', 'one of them', 'hundreds of emails', 'a thousand']) {
      expect(spelledNumbersAsDigits(text)).toBe(text);
    }
  });

  it('is part of reading a message, before a short month is spelt out', () => {
    expect(readMessage('what happened sept third twenty seventeen?').questions[0]?.text).toContain('September 3 2017');
    expect(readMessage('how long has apt forty been active?').questions[0]?.text).toContain('apt 40');
  });
});
