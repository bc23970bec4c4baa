import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/understand/read-message.ts';

describe('reading a chat message', () => {
  it('takes a reported lead-in off a request that is not shaped like a question', () => {
    const { questions } = readMessage('my boss wants to know how to lock down our accounts');
    expect(questions).toEqual([{ text: 'how to lock down our accounts', context: 'my boss' }]);
  });

  it('keeps a sentence about the asker as context of a keyword request', () => {
    const { questions } = readMessage('I work at the NEC. indicators to block');
    expect(questions).toEqual([{ text: 'indicators to block', context: 'I work at the nec.' }]);
  });

  it('splits a question joined to another and carries the first as context', () => {
    const { questions } = readMessage('who was targeted, and who found it?');
    expect(questions.map((q) => q.text)).toEqual(['who was targeted?', 'who found it?']);
    expect(questions[1]?.context).toContain('who was targeted');
  });
});
