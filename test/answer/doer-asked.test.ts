import { describe, expect, it } from 'vitest';
import { doerAsked } from '../../src/answer/doer-asked.ts';

describe('questions asking who did something to someone they name', () => {
  it('splits off the thing acted on, which is given, from what is asked', () => {
    expect(doerAsked('which spy crew was snooping on cambodian politicians?')).toEqual({ asked: 'which spy crew was snooping on', actedOn: 'cambodian politicians' });
    expect(doerAsked('whoever hacked the senate, state-backed?')).toEqual({ asked: 'whoever hacked, state-backed?', actedOn: 'the senate' });
    expect(doerAsked('name of the hackers that hit the NEC')?.actedOn).toBe('the nec');
    expect(doerAsked('the people behind the phish to the opposition, who are they?')?.actedOn).toBe('the phish to the opposition');
  });

  it('leaves questions asking for the victim, or of something else, whole', () => {
    // The victim asked: the actor named is the doer.
    expect(doerAsked('who did the chinese crew go after?')).toBeUndefined();
    expect(doerAsked('who was targeted by the hackers?')).toBeUndefined();
    expect(doerAsked('which ministries were hacked?')).toBeUndefined();
    expect(doerAsked('which group was hit first?')).toBeUndefined();
    // The hackers described, but nothing asked of them.
    expect(doerAsked('the hackers that hit the NEC used airbreak')).toBeUndefined();
  });
});
