import { readDomain, type DomainName } from './domain-name.ts';
import type { FoundLink } from './extract-parts.ts';
import { defang } from './fang.ts';
import type { Finding } from './finding.ts';

/**
 * Links whose shown text names another site than where they go, file:// links, links that hide their host
 * behind an @, and links to a bare IP address.
 */
export function checkLinks(links: readonly FoundLink[]): Finding[] {
  return links.flatMap((link): Finding[] => {
    const findings: Finding[] = [];
    const target = readDomain(link.host);
    if (/^file:/i.test(link.url) || /^\\\\/.test(link.url)) {
      findings.push({
        kind: 'risky-link',
        severity: 'high',
        subject: defang(link.url),
        reason: `**${defang(link.url)}** is a file:// link: opening it makes Windows try to log in to that server, handing it your password hash. A related 2018 phish used exactly this.`,
        entryIds: ['smb-credential-harvesting', 'advice-links'],
      });
    } else if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(link.url) && target) {
      findings.push({
        kind: 'risky-link',
        severity: 'high',
        subject: defang(link.url),
        reason: `**${defang(link.url)}** hides where it goes: browsers ignore everything before the @, so it leads to **${defang(target.unicode)}**.`,
        entryIds: ['advice-links'],
      });
    } else if (target?.isIp) {
      findings.push({
        kind: 'risky-link',
        severity: 'medium',
        subject: defang(link.url),
        reason: `**${defang(link.url)}** goes to a bare IP address rather than a named site; real organisations rarely link that way.`,
        entryIds: ['advice-links'],
      });
    }
    const shown = link.text ? shownDomain(link.text) : undefined;
    if (shown && target && !sameSite(shown, target)) {
      findings.push({
        kind: 'link-text-mismatch',
        severity: 'high',
        subject: defang(link.url),
        reason: `A link shows \`${defang(link.text!)}\` but goes to **${defang(target.unicode)}**${target.registrable ? ` (registered domain ${defang(target.registrable)})` : ''}. Hover over or long-press a link to see where it really goes.`,
        entryIds: ['advice-links'],
      });
    }
    return findings;
  });
}

/** The site a link's text names, when the text is itself an address or URL ("www.licadho-cambodia.org"). */
function shownDomain(text: string): DomainName | undefined {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^\s/:?#]+\.[^\s/:?#]+)/i.exec(text.trim())?.[1];
  return host ? readDomain(host.replace(/^.*@/, '')) : undefined;
}

function sameSite(a: DomainName, b: DomainName): boolean {
  return a.isIp || b.isIp ? a.host === b.host : a.registrable === b.registrable;
}
