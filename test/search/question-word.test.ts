import { describe, expect, it } from 'vitest';
import { questionWord } from '../../src/search/question-word.ts';

describe('the question word', () => {
  it('is read from the first word', () => {
    expect(questionWord('Who attacked the election?')).toBe('who');
    expect(questionWord('which ministries were hit?')).toBe('what');
    expect(questionWord('was the NEC hacked?')).toBe('yes-no');
    expect(questionWord('the NEC, was it hacked?')).toBeUndefined();
  });

  it('is read past a preposition before it, which opens no yes/no question', () => {
    expect(questionWord('From when to when did the operation run?')).toBe('when');
    expect(questionWord('In which province did they log in?')).toBe('what');
    expect(questionWord('for how long were they active?')).toBe('how');
    expect(questionWord('by whom was it found?')).toBe('who');
    expect(questionWord('on can openers')).toBeUndefined();
    // What a "what" after a preposition asks, by its noun.
    expect(questionWord('On what date did Cambodia vote?')).toBe('when');
    expect(questionWord('in what way were they hacked?')).toBe('how');
    expect(questionWord('for what reason would China care?')).toBe('why');
    expect(questionWord('in what country is Hainan?')).toBe('what');
  });
});
