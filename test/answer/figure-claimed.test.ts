import { describe, expect, it } from 'vitest';
import { figureClaimed } from '../../src/answer/figure-claimed.ts';
import { countedWords, measuredByHowMuch } from '../../src/answer/what-was-asked.ts';

const none = new Map<string, readonly string[]>();

describe('figureClaimed', () => {
  it('reads a number of a thing as the figure claimed, keeping the year it is of', () => {
    const claim = figureClaimed('cnrp won 60 seats in 2013', none);
    expect(claim?.without).toBe('cnrp won seats in 2013');
    expect(claim?.figures).toEqual([{ kind: 'count', stems: new Set(['seat']) }]);
  });
  it('reads a year alone as a date claimed', () => {
    expect(figureClaimed('kem sokha was arrested in 2016', none)?.figures).toEqual([{ kind: 'date' }]);
  });
  it('leaves questions asking for something, years set on an attack, the year of a vote and identifiers', () => {
    expect(figureClaimed('how many seats did the cpp win in 2018', none)).toBeUndefined();
    expect(figureClaimed('did apt40 hack cambodia again in 2022', none)).toBeUndefined();
    expect(figureClaimed('did russia meddle in the 2016 us election', none)).toBeUndefined();
    expect(figureClaimed('they used cve-2017-0199', none)).toBeUndefined();
    expect(figureClaimed('kem monovithya was 40 when she got the email', none)).toBeUndefined();
  });
  it('reads millions of nothing named as a sum of money', () => {
    expect(figureClaimed('china gave 50 million to the election committee', none)?.figures).toEqual([{ kind: 'count', stems: new Set(['dollar']) }]);
  });
});

describe('measuredByHowMuch', () => {
  it('asks a sum of money or a stretch of time, else nothing', () => {
    expect(measuredByHowMuch("how much was kem sokha's bail")).toEqual(['dollars']);
    expect(measuredByHowMuch('how much prison time could he get')).toContain('years');
    expect(measuredByHowMuch('how much confidence does fireeye have')).toEqual([]);
    expect(countedWords("how much was kem sokha's bail")).toEqual([]);
  });
});
