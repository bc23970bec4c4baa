import { beforeAll, describe, expect, it } from 'vitest';
import { dayAsked } from '../../src/answer/day-asked.ts';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

describe('questions asking only what happened on a day they name', () => {
  it('reads the day, written either way round or as an ISO date', () => {
    expect(dayAsked('what happened on 3 september 2017')).toBe('2017-09-03');
    expect(dayAsked('what happened on september 3 2017?')).toBe('2017-09-03');
    expect(dayAsked('What happened on the 16th of November, 2017?')).toBe('2017-11-16');
    expect(dayAsked('what came out on jul 10 2018')).toBe('2018-07-10');
    expect(dayAsked('what happened on 2021-07-19')).toBe('2021-07-19');
  });

  it('leaves a question that asks anything else of the day, or names no day', () => {
    expect(dayAsked('was the nec hacked on 29 july 2018')).toBeUndefined();
    expect(dayAsked('what happened to kem sokha on 3 september 2017')).toBeUndefined();
    expect(dayAsked('what happened in september 2017')).toBeUndefined();
    expect(dayAsked('what happened on election day')).toBeUndefined();
  });
});

describe('answering what happened on a day', () => {
  let snapshot: KnowledgeSnapshot;
  beforeAll(async () => {
    snapshot = await shippedSnapshot();
  });

  it('answers with the event of that day, and declines a day no event has', () => {
    expect(answerQuestion('what happened on september 3 2017', snapshot, { cache: false }).entryIds[0]).toBe('kem-sokha-arrest');
    expect(answerQuestion('what happened on 16 november 2017', snapshot, { cache: false }).entryIds[0]).toBe('cnrp-dissolved');
    expect(answerQuestion('what happened on 12 march 2017', snapshot, { cache: false }).outcome).toBe('abstained');
  });
});
