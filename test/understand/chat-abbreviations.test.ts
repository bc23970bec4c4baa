import { describe, expect, it } from 'vitest';
import { expandAbbreviations, insideToken } from '../../src/understand/chat-abbreviations.ts';

describe('initials of the sources\' firms, places and terms', () => {
  it('spells them out as words standing alone', () => {
    expect(expandAbbreviations('what did FE say about the senate')).toBe('what did FireEye say about the senate');
    expect(expandAbbreviations("RF's recommendations")).toBe("Recorded Future's recommendations");
    expect(expandAbbreviations('what is SWC, a cmd line tool')).toBe('what is strategic website compromise, a command line tool');
  });

  it('leaves them inside an address, a link or a file name', () => {
    expect(expandAbbreviations('is fe-news[.]com theirs')).toBe('is fe-news[.]com theirs');
    expect(expandAbbreviations('got report.rf attached')).toBe('got report.rf attached');
  });

  it('writes dotted initials, a year shortened in chat and "c and c" as the knowledge writes them', () => {
    expect(expandAbbreviations('what did the M.S.S. do, and the H.S.S.D')).toBe('what did the MSS do, and the HSSD');
    expect(expandAbbreviations('at 3 p.m. on monday, the U.S. firm, e.g. the NEC, i.e. them')).toBe('at 3 p.m. on monday, the U.S. firm, e.g. the nec, i.e. them');
    expect(expandAbbreviations("the '18 election, jul '18, 2k18")).toBe('the 2018 election, July 2018, 2018');
    expect(expandAbbreviations("the 'big' 18 targets, it's 18")).toBe("the 'big' 18 targets, it's 18");
    expect(expandAbbreviations('c and c servers, c n c, cnc infra')).toBe('C&C servers, C&C, C&C infra');
    expect(expandAbbreviations('att and ck id, att n ck, MITRE attack techniques')).toBe('ATT&CK id, ATT&CK, MITRE ATT&CK techniques');
    expect(expandAbbreviations('how did the attack start')).toBe('how did the attack start');
  });

  it('writes initials spelt out with spaces together, but not two letters, chat\'s "u", or letters in a file name', () => {
    expect(expandAbbreviations('what is the c n r p, and the h s s d?')).toBe('what is the cnrp, and the hssd?');
    expect(expandAbbreviations('was the n e c hit, via a v p n')).toBe('was the nec hit, via a vpn');
    expect(expandAbbreviations('r u a bot')).toBe('are you a bot');
    expect(expandAbbreviations('h tran n stuff')).toBe('h tran and stuff');
    expect(expandAbbreviations('got x-a b c.js')).toBe('got x-a b c.js');
  });
});

describe('words stretched and hedged in younger chat', () => {
  it('reads a letter typed three times running as one, or as two where that makes an everyday word', () => {
    expect(expandAbbreviations('whyyy did they target her')).toBe('why did they target her');
    expect(expandAbbreviations('sooo who is apt40')).toBe('so who is apt40');
    expect(expandAbbreviations('goood question, plsss')).toBe('good question, please');
    expect(expandAbbreviations('was the senate hit toooo, airbreakkk lolll, whooo')).toBe('was the senate hit too, airbreak lol, who');
  });

  it('leaves a stretched run inside a hash, an address or a file name', () => {
    expect(expandAbbreviations('is baaa1e5b known')).toBe('is baaa1e5b known');
    expect(expandAbbreviations('got mail from xxx.licadho[.]com')).toBe('got mail from xxx.licadho[.]com');
  });

  it('drops "-ish" after a word or a number, but not the end of a word', () => {
    expect(expandAbbreviations('why is a navy-ish group in cambodia, 2017ish, july ish')).toBe('why is a navy group in cambodia, 2017, july');
    expect(expandAbbreviations('who did they phish, the british firm?')).toBe('who did they phish, the british firm?');
  });
});

describe('question words shortened in chat', () => {
  it('spells out "hows" and "wheres" as "whats" is', () => {
    expect(expandAbbreviations('hows temp periscope linked to the south china sea')).toBe('how is temp periscope linked to the south china sea');
    expect(expandAbbreviations('wheres the group based')).toBe('where is the group based');
  });
});

describe('a word inside a token', () => {
  it('is joined by an address\'s marks, and by a digit only when asked', () => {
    const word = (text: string, w: string, digitsJoin = false) => insideToken(text, text.indexOf(w), text.indexOf(w) + w.length, { digitsJoin });
    expect(word('mail from licadho-org[.]com', 'org')).toBe(true);
    expect(word('is scsnewstoday.com known', 'scsnewstoday')).toBe(true);
    expect(word('who hacked the nec.', 'nec')).toBe(false);
    expect(word('the 2018hacks file', 'hacks')).toBe(false);
    expect(word('the 2018hacks file', 'hacks', true)).toBe(true);
  });
});
