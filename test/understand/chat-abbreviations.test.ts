import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from '../../src/understand/chat-abbreviations.ts';

describe('initials of the sources\' firms, places and terms', () => {
  it('spells them out as words standing alone', () => {
    expect(expandAbbreviations('what did FE say about the senate')).toBe('what did FireEye say about the senate');
    expect(expandAbbreviations("RF's recommendations")).toBe("Recorded Future's recommendations");
    expect(expandAbbreviations("cambodia's SCS position, the DMC, the LMC summit")).toBe("cambodia's South China Sea position, the Data Management Center, the Lancang-Mekong Cooperation summit");
    expect(expandAbbreviations('what is SWC, a cmd line tool')).toBe('what is strategic website compromise, a command line tool');
  });

  it('leaves them inside an address, a link or a file name', () => {
    expect(expandAbbreviations('is fe-news[.]com theirs')).toBe('is fe-news[.]com theirs');
    expect(expandAbbreviations('got report.rf attached')).toBe('got report.rf attached');
  });
});
