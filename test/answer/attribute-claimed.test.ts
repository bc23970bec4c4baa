import { describe, expect, it } from 'vitest';
import { attributeClaimed } from '../../src/answer/attribute-claimed.ts';

describe('attributeClaimed', () => {
  it('reads a claim of what a thing is as the question its answer settles', () => {
    expect(attributeClaimed('the front company was huawei?')).toEqual({ subject: 'the front company', asked: 'what was the front company?', describes: true });
    expect(attributeClaimed('murkytop is ransomware')?.asked).toBe('what is murkytop?');
    expect(attributeClaimed('apt40 is based in shanghai')?.asked).toBe('where is apt40 based?');
    expect(attributeClaimed('ben read is from crowdstrike')?.asked).toBe('where is ben read from?');
    expect(attributeClaimed('they also go by fancy bear')?.asked).toBe('what names do they go by?');
    expect(attributeClaimed('is it true that the front company was huawei')?.subject).toBe('the front company');
  });

  it('reads a month or season claimed as asking when what is said before it happened', () => {
    expect(attributeClaimed('the election was in june')?.asked).toBe('when the election was?');
    expect(attributeClaimed('the report came out in august 2018')?.asked).toBe('when the report came out?');
  });

  it('leaves questions, what happened, judgements in everyday words, and claims naming no thing', () => {
    expect(attributeClaimed('what was the front company?')).toBeUndefined();
    expect(attributeClaimed("the nec's chairman was fired over the hack")).toBeUndefined();
    expect(attributeClaimed('kem sokha was released in 2019')).toBeUndefined();
    expect(attributeClaimed('china is evil')).toBeUndefined();
    expect(attributeClaimed('hun sen is a dictator')).toBeUndefined();
    expect(attributeClaimed('it was russia')).toBeUndefined();
  });
});
