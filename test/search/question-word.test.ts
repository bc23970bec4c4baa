import { describe, expect, it } from 'vitest';
import { asksWhetherWithoutAuxiliary, asksWhich, questionWord } from '../../src/search/question-word.ts';

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
    expect(questionWord('under which law were they charged?')).toBe('what');
    expect(questionWord('through what means did they get in?')).toBe('how');
  });

  it('is read past an adverb of exactness before it', () => {
    expect(questionWord('exactly how many victims were there?')).toBe('how');
    expect(questionWord('precisely which MP was hacked?')).toBe('what');
    expect(asksWhich('precisely which MP was hacked?')).toBe(true);
    expect(questionWord('roughly in what year did they start?')).toBe('when');
    expect(questionWord('exactly.')).toBeUndefined();
  });

  it('says whether "which" is asked, past the same prepositions', () => {
    expect(asksWhich('which MP was hacked?')).toBe(true);
    expect(asksWhich('In which constituency was the MP?')).toBe(true);
    expect(asksWhich('during which month did they strike?')).toBe(true);
    expect(asksWhich('what happened to the MP?')).toBe(false);
    expect(asksWhich('on can openers which cut')).toBe(false);
  });

  it('reads a question with no question word and no auxiliary as asking whether', () => {
    expect(asksWhetherWithoutAuxiliary('senate also hacked?')).toBe(true);
    expect(asksWhetherWithoutAuxiliary('MP of opposition get hacked?')).toBe(true);
    // A question word anywhere, or a name or list asked for, asks something else; without a question mark it is keywords.
    expect(asksWhetherWithoutAuxiliary('NEC hacked when?')).toBe(false);
    expect(asksWhetherWithoutAuxiliary('the group hacker name is what?')).toBe(false);
    expect(asksWhetherWithoutAuxiliary('MP name?')).toBe(false);
    expect(asksWhetherWithoutAuxiliary('was the senate hacked?')).toBe(false);
    expect(asksWhetherWithoutAuxiliary('hainan login ip')).toBe(false);
  });
});
