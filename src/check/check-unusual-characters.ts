import type { DomainName } from './domain-name.ts';
import { defang } from './fang.ts';
import type { Finding } from './finding.ts';
import { isMixedScript, readAs, scriptsOf, skeleton } from './unicode-skeleton.ts';

/**
 * Names that do not read as what they are: punycode ("xn--") shown decoded, letters from other alphabets that
 * look like Latin ones (homoglyphs), and several scripts mixed in one name, with the Unicode skeleton
 * (UTS #39) that lookalike names share.
 */
export function checkDomainCharacters(domain: DomainName): Finding[] {
  if (domain.isIp || !/[^\x00-\x7f]/.test(domain.unicode)) return [];
  const homoglyphs = homoglyphsIn(domain.unicode);
  const mixed = domain.unicode.split('.').some(isMixedScript);
  const parts = [
    domain.hasPunycode ? `**${defang(domain.host)}** is punycode for **${defang(domain.unicode)}**: the name a mail client or browser may show is not made of the letters it seems.` : `**${defang(domain.unicode)}** is written with letters outside the Latin alphabet (its real form is ${defang(domain.host)}).`,
  ];
  if (homoglyphs.length > 0) {
    parts.push(`${describeCharacters(homoglyphs)} look${homoglyphs.length === 1 ? 's' : ''} like Latin letters, so it reads as **${defang(readAs(domain.unicode))}**.`);
  }
  if (mixed) parts.push(`It mixes scripts (${scriptsOf(domain.unicode).join(' and ')}) in one name, which real domains almost never do.`);
  parts.push(`Its Unicode skeleton (UTS #39), the form that names which look alike share, is \`${defang(skeleton(domain.unicode))}\`.`);
  return [
    {
      kind: 'unusual-characters',
      severity: homoglyphs.length > 0 || mixed ? 'high' : 'medium',
      subject: defang(domain.unicode),
      reason: parts.join(' '),
      entryIds: ['advice-check-sender'],
    },
  ];
}

/** The same for a display name: "LІCADHO" with a Cyrillic І reads as an organisation it is not spelled as. */
export function checkNameCharacters(name: string): Finding[] {
  const homoglyphs = homoglyphsIn(name);
  if (homoglyphs.length === 0 || !isMixedScript(name)) return [];
  return [
    {
      kind: 'unusual-characters',
      severity: 'high',
      subject: defang(name),
      reason: `The sender name \`${defang(name)}\` mixes alphabets: ${describeCharacters(homoglyphs)} look${homoglyphs.length === 1 ? 's' : ''} like Latin letters, so it reads as \u201c${defang(readAs(name))}\u201d. Names are written this way to slip past filters and readers.`,
      entryIds: ['advice-check-sender'],
    },
  ];
}

/** Characters that are not plain ASCII, not just accented Latin letters, and read as ASCII: homoglyphs. */
function homoglyphsIn(text: string): string[] {
  return [...new Set([...text].filter((ch) => !/^[\x00-\x7f]/.test(ch.normalize('NFD')) && /^[\x21-\x7e]+$/.test(readAs(ch))))];
}

function describeCharacters(chars: readonly string[]): string {
  const shown = chars.slice(0, 5).map((ch) => `\`${ch}\` (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, ${scriptsOf(ch)[0] ?? 'symbol'})`);
  return `${shown.join(', ')}${chars.length > 5 ? ` and ${chars.length - 5} more` : ''}`;
}
