import { describe, expect, it } from 'vitest';
import { PatternPrefilter, requiredStrings } from '../../src/understand/pattern-prefilter.ts';
import { random as seeded } from '../../scripts/bench/generate-knowledge.ts';

/** Patterns of the shapes the reading patterns use: alternations, optional words, classes, lookarounds, flags. */
const PATTERNS: RegExp[] = [
  /\b(?:how|what) (?:did|does) (?:the )?(?:hackers?|attackers?) (?:get|break) in\b/i,
  /\bwhat (?:is|was) (?:the |its )?(?:(?:main|exact) )?(?:role|function|job) of\b/iu,
  /(?<=\bthe [\p{L}\p{N}.'-]+(?: [\p{L}\p{N}.'-]+)?) in question\b/iu,
  /(?<!\b(?:with|about) )\b(?:his|her) (?:phone|home address|e-?mail)\b/,
  /\bhi+ (?:there|all)\b/i,
  /\b(?:names?|timing)[- ]?wise\b/i,
  /\bFireEye\b/,
  /\bspear[- ]?phish(?:ing|ed)?\b/i,
  /\bwho (?:ran|runs) (?=the )/i,
  /[?!]{2,}/,
  /\p{L}+/u,
  /^(?:ok|so)?$/,
];

/** Words the patterns are made of, and others, to build texts that match some patterns and miss most. */
const WORDS = ['how', 'what', 'did', 'does', 'the', 'hackers', 'attacker', 'get', 'break', 'in', 'is', 'was', 'main', 'role', 'of',
  'question', 'his', 'her', 'phone', 'with', 'about', 'home', 'address', 'email', 'e-mail', 'hi', 'hii', 'there', 'all', 'names',
  'name-wise', 'timing', 'wise', 'FireEye', 'fireeye', 'spear-phishing', 'SPEAR', 'phish', 'who', 'ran', 'runs', '??', '!?', 'ok',
  'so', 'ſpear', 'Wiſe', 'ROLE', 'Ran', 'elections', 'cambodia', '2018'];

describe('PatternPrefilter', () => {
  it('never rules out a pattern that matches the text, on thousands of texts built from the patterns’ words', () => {
    const prefilter = new PatternPrefilter(PATTERNS);
    const random = seeded(7);
    let matched = 0;
    for (let n = 0; n < 5000; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 9) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      const text = words.join(random() < 0.8 ? ' ' : '');
      const might = prefilter.mightMatch(text);
      PATTERNS.forEach((pattern, i) => {
        if (pattern.test(text)) {
          matched++;
          expect(might[i], `${pattern} on "${text}"`).toBe(1);
        }
      });
    }
    // The texts did exercise the patterns, not only miss them.
    expect(matched).toBeGreaterThan(2000);
  });

  it('rules out the patterns whose words a message does not hold', () => {
    const might = new PatternPrefilter(PATTERNS).mightMatch('who is behind the attacks on Cambodia?');
    // "[?!]{2,}" needs a "?" or a "!", which the message holds; the last two need no particular string.
    expect([...might]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('matches a case-insensitive pattern’s words in any case, and a case-sensitive one’s as written', () => {
    const prefilter = new PatternPrefilter([/\bspear[- ]?phish/i, /\bFireEye\b/]);
    expect([...prefilter.mightMatch('SPEAR PHISH from FIREEYE')]).toEqual([1, 1]);
    // "ſ" is an "s" to a case-insensitive Unicode pattern.
    expect(new PatternPrefilter([/\bspear/iu]).mightMatch('ſpear')[0]).toBe(1);
    expect(/\bspear/iu.test('ſpear')).toBe(true);
  });
});

describe('requiredStrings', () => {
  it('multiplies the exact parts in a row into the strings a match holds', () => {
    expect(requiredStrings(/\b(?:how|what) (?:did|does) they\b/i)).toEqual(expect.arrayContaining(['how did they', 'what does they']));
  });

  it('reads a required word through optional words, repeats and lookarounds', () => {
    expect(requiredStrings(/(?<=\bthe \p{L}+) in question\b/u)).toEqual([' in question']);
    expect(requiredStrings(/\bhi+ there\b/i)).toEqual([' there']);
    expect(requiredStrings(/(?:the )?phone/)).toEqual(expect.arrayContaining(['phone', 'the phone']));
  });

  it('reads escapes, classes of a few characters, named groups and quantifiers in braces', () => {
    expect(requiredStrings(/\bre\-?sign(?:s|ed)?\b/i)).toEqual(expect.arrayContaining(['resign', 're-sign']));
    expect(requiredStrings(/\bsummari[sz]e\b/)).toEqual(['summarise', 'summarize']);
    expect(requiredStrings(/(?<word>hack)(?:ed){1,2} \k<word>/u)).toEqual(['hack']);
    expect(requiredStrings(/\u0041PT ?40/)).toEqual(expect.arrayContaining(['apt40', 'apt 40']));
    expect(requiredStrings(/\bleviath\u{61}n\b/u)).toEqual(['leviathan']);
  });

  it('gives none when a match needs no particular string', () => {
    expect(requiredStrings(/\p{L}+/u)).toBeUndefined();
    expect(requiredStrings(/(?:ok|so)?/)).toBeUndefined();
    expect(requiredStrings(/\b(?:hack|\d+)\b/)).toBeUndefined();
  });
});
