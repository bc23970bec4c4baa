import { beforeAll, describe, expect, it } from 'vitest';
import { describedAsked } from '../../src/answer/described-asked.ts';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

describe('a question asking something of a thing it describes', () => {
  it('reads the description, the kinds its head noun names, and the question asked again of a name', () => {
    const after = describedAsked('the party whose leader was arrested was dissolved when');
    expect(after?.description).toBe('the party whose leader was arrested');
    expect([...(after?.kinds ?? [])]).toContain('organisation');
    expect(after?.askedOf('the CNRP')).toBe('when was the CNRP dissolved');
    const before = describedAsked('when did the company that wrote the report publish it');
    expect(before?.description).toBe('the company that wrote the report');
    expect(before?.askedOf('FireEye')).toBe('when did FireEye publish it');
  });

  it('leaves alone a question asking for the thing itself, or describing no kind of thing an entry stands for', () => {
    // "is called what" asks for the name of what is described: the description is the question.
    expect(describedAsked('the tool that dumps passwords is called what')).toBeUndefined();
    expect(describedAsked('the survey the decoy pretended to be was about what')).toBeUndefined();
    expect(describedAsked('when did fireeye publish the report')).toBeUndefined();
  });
});

describe('answering a question asked of a described thing', () => {
  let snapshot: KnowledgeSnapshot;
  beforeAll(async () => {
    snapshot = await shippedSnapshot();
  });

  it('finds the thing by its description and answers what is asked of it', () => {
    // Searched whole, "wrote the report" found Recorded Future's report; the company that wrote it is FireEye.
    expect(answerQuestion('when did the company that wrote the report publish it', snapshot, { cache: false }).entryIds[0]).toBe('fireeye-report-published');
    // "leader was arrested" found Kem Sokha; the party is the CNRP.
    expect(answerQuestion('the party whose leader was arrested was dissolved when', snapshot, { cache: false }).entryIds[0]).toBe('cnrp');
  });

  it('keeps a decline: a detail of the thing no source gives', () => {
    expect(answerQuestion('the ceo of the company that wrote the report is who', snapshot, { cache: false }).outcome).toBe('abstained');
  });
});
