import { describe, expect, it } from 'vitest';
import { motiveAsked } from '../../src/answer/motive-asked.ts';

describe('questions asking why something was done to someone they name', () => {
  it('splits off the thing acted on, which is given, from the purpose asked', () => {
    expect(motiveAsked('why did they go after cambodian ministries')).toEqual({ asked: 'why did they go after', actedOn: 'cambodian ministries' });
    expect(motiveAsked('why hack the foreign ministry, and who did it?')).toEqual({ asked: 'why hack, and who did it?', actedOn: 'the foreign ministry' });
    expect(motiveAsked('what was the point of spying on the election commission')).toEqual({ asked: 'what was the point of spying on', actedOn: 'the election commission' });
  });

  it('reads the thing acted on before the act in the passive', () => {
    expect(motiveAsked('why was the NEC targeted?')).toEqual({ asked: 'why was targeted?', actedOn: 'the nec' });
    expect(motiveAsked('why were the two diplomats hit')?.actedOn).toBe('the two diplomats');
    // The doer there: the thing acted on comes after the act.
    expect(motiveAsked('why have the hackers hit the senate?')).toEqual({ asked: 'why have the hackers hit', actedOn: 'the senate' });
  });

  it('leaves questions of another act, or with no act done to anyone, whole', () => {
    expect(motiveAsked('why was kem sokha arrested')).toBeUndefined();
    expect(motiveAsked('why would china care about the cambodian vote')).toBeUndefined();
    expect(motiveAsked('who hacked the senate?')).toBeUndefined();
    expect(motiveAsked('what was the point of the report')).toBeUndefined();
  });
});
