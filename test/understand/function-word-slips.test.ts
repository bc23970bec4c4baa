import { describe, expect, it } from 'vitest';
import { mendFunctionWordSlips } from '../../src/understand/function-word-slips.ts';
import { readMessage } from '../../src/understand/read-message.ts';

describe('mending slips in the words that shape a question', () => {
  it('mends a word one slip from one question word, auxiliary or hedge', () => {
    expect(mendFunctionWordSlips('Whih group shoukd we watch, besiides this one?')).toBe('which group should we watch, besides this one?');
    expect(mendFunctionWordSlips('whree did they log in from')).toBe('where did they log in from');
  });

  it('keeps listed words, names, short words, and a slip that could be either of two', () => {
    expect(mendFunctionWordSlips('Sokha orz scanbox airbreak dose')).toBe('Sokha orz scanbox airbreak dose');
    // "thay" is one slip from both "they" and "that".
    expect(mendFunctionWordSlips('thay')).toBe('thay');
  });

  it('reads "dos" or "dose" right after a question word as "does", and only there', () => {
    expect(mendFunctionWordSlips('what dos MURKYTOP do')).toBe('what does MURKYTOP do');
    expect(mendFunctionWordSlips('How dose it spread?')).toBe('How does it spread?');
    expect(mendFunctionWordSlips('was it a dos attack?')).toBe('was it a dos attack?');
    expect(mendFunctionWordSlips('what DoS attack did they use?')).toBe('what DoS attack did they use?');
    expect(mendFunctionWordSlips('which dos tool was it')).toBe('which dos tool was it');
  });

  it('reads "manny" or "mny" right after "how" as "many", and only there', () => {
    expect(mendFunctionWordSlips('how manny diplomats got targeted')).toBe('how many diplomats got targeted');
    expect(mendFunctionWordSlips('How mny servers were open?')).toBe('How many servers were open?');
    expect(mendFunctionWordSlips('did Manny get the email?')).toBe('did Manny get the email?');
  });

  it('reads "ben" as "been" between an auxiliary and what it joins, and keeps the name Ben', () => {
    expect(mendFunctionWordSlips('how long has apt 40 ben active')).toBe('how long has apt 40 been active');
    expect(mendFunctionWordSlips('have they ben hacking since 2013?')).toBe('have they been hacking since 2013?');
    expect(mendFunctionWordSlips('has anyone asked ben about it')).toBe('has anyone asked ben about it');
    expect(mendFunctionWordSlips('has Ben Read commented?')).toBe('has Ben Read commented?');
    expect(mendFunctionWordSlips('has ben read said anything new')).toBe('has ben read said anything new');
  });

  it('lets a question with a slipped question word be read as one', () => {
    expect(readMessage('NGO comms here. whih organisation did the email pretend to be from').questions[0]?.text)
      .toBe('which organisation did the email impersonating from');
  });
});
