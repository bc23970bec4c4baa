import { describe, expect, it } from 'vitest';
import { describedSubject } from '../../src/answer/described-subject.ts';

describe('a subject described with no commas, asked about after the description', () => {
  it('splits the head noun, the relative clause and what is asked', () => {
    expect(describedSubject('the firm that coined the name temp.periscope is based where')).toEqual({
      head: ['firm'],
      clause: ['coined', 'the', 'name', 'temp', 'periscope'],
      asked: ['is', 'based', 'where'],
    });
    expect(describedSubject('the judge who dissolved the opposition party is called what?')?.head).toEqual(['judge']);
    expect(describedSubject('the woman whose father is kem sokha was targeted how')).toEqual({
      head: ['woman'],
      clause: ['father', 'is', 'kem', 'sokha'],
      asked: ['was', 'targeted', 'how'],
    });
  });

  it('reads a clause whose "that" is left out, after a pronoun or a second "the"', () => {
    expect(describedSubject('the malware they used on the commission does what')).toEqual({
      head: ['malware'],
      clause: ['they', 'used', 'on', 'the', 'commission'],
      asked: ['does', 'what'],
    });
    expect(describedSubject('the ip the operators logged in from is what')?.clause).toEqual(['the', 'operators', 'logged', 'in', 'from']);
    // "of the" belongs to the head noun phrase.
    expect(describedSubject('the number of seats that the ruling party won is what')?.head).toEqual(['number', 'of', 'seats']);
  });

  it('leaves other questions alone', () => {
    expect(describedSubject('what is the firm that coined the name temp.periscope')).toBeUndefined();
    expect(describedSubject('the firm that coined the name temp.periscope')).toBeUndefined();
    expect(describedSubject('who hacked the election commission')).toBeUndefined();
    expect(describedSubject('the nec was hacked by who')).toBeUndefined();
  });
});
