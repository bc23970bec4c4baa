import { beforeAll, describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/answer/answer-message.ts';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { createSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { FILLER_ENTRIES, knowledgeFrom, shippedSnapshot, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  snapshot = await shippedSnapshot();
});

function drillKnowledge(when: string) {
  return knowledgeFrom({
    'sources.yaml': TEST_SOURCES,
    'faq.yaml': `entries:
  - id: drill
    kind: faq
    title: The phishing drill
    answer: The phishing drill is held ${when}.
    questions: [When is the phishing drill?]
    sources: [src]
${FILLER_ENTRIES}`,
  });
}

describe('answers remembered for the life of a knowledge snapshot', () => {
  it('gives a question asked again the same answer a fresh search gives, and the same object', () => {
    const first = answerQuestion('Who was behind the attacks on Cambodia?', snapshot);
    const again = answerQuestion('  Who was behind the attacks on Cambodia? ', snapshot);
    expect(again).toBe(first);
    expect(answerQuestion('Who was behind the attacks on Cambodia?', snapshot, { cache: false })).toEqual(first);
  });

  it('keeps an answer read with different context apart', () => {
    const plain = answerQuestion('and the senate?', snapshot);
    const withContext = answerQuestion('and the senate?', snapshot, { context: 'was the national election commission targeted' });
    expect(withContext).not.toBe(plain);
    expect(withContext).toEqual(answerQuestion('and the senate?', snapshot, { context: 'was the national election commission targeted', cache: false }));
  });

  it('answers the same question on the same snapshot alike however the message is marked up', () => {
    const bare = answerMessage('who is behind the attacks on cambodia?', snapshot);
    const chatty = answerMessage('<!channel> hi! quick q: who is behind the attacks on cambodia? thanks :pray:', snapshot);
    expect(chatty.reply).toBe(bare.reply);
    expect(answerMessage('<!channel> hi! quick q: who is behind the attacks on cambodia? thanks :pray:', snapshot, { cache: false }).reply).toEqual(bare.reply);
  });

  it('never serves an answer from knowledge a reload replaced', () => {
    const before = answerQuestion('When is the phishing drill?', createSnapshot(drillKnowledge('every March')));
    const after = answerQuestion('When is the phishing drill?', createSnapshot(drillKnowledge('every October')));
    expect(before.reply.body).toContain('every March');
    expect(after.reply.body).toContain('every October');
  });

  it('hands out remembered answers frozen, so no caller can change what the next asker reads', () => {
    const result = answerQuestion('how do I spot a phishing email', snapshot);
    expect(() => result.reply.suggestions.push({ label: 'x', run: '/ask x' })).toThrow(TypeError);
    expect(() => {
      (result.reply as { body: string }).body = 'changed';
    }).toThrow(TypeError);
    expect(answerQuestion('how do I spot a phishing email', snapshot).reply.body).not.toBe('changed');
  });
});
