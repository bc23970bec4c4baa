import type { CheckParameters } from './check-parameters.ts';
import type { DomainName } from './domain-name.ts';
import { editDistanceUpTo } from '../search/edit-distance.ts';
import { defang } from './fang.ts';
import type { Finding } from './finding.ts';
import type { CheckReference, KnownOrganisation } from './known-names.ts';
import { readAs, skeleton } from './unicode-skeleton.ts';

/**
 * Domains that imitate an organisation's real domain or one of the attackers' known domains: the same name
 * with another ending, the real domain put in front of another one, lookalike characters, a few letters
 * changed, or the organisation's name with words swapped or added ("licadho-org[.]net").
 */
export function checkLookalikeDomains(domain: DomainName, reference: CheckReference, parameters: CheckParameters): Finding[] {
  if (domain.isIp || !domain.registrable || !domain.name) return [];
  const findings: Finding[] = [];
  for (const org of reference.organisations) {
    if (org.domains.length === 0 || org.domains.some((d) => d.registrable === domain.registrable)) continue;
    const reason = organisationLookalike(domain, org, parameters);
    if (reason) {
      findings.push({
        kind: 'organisation-lookalike',
        severity: 'high',
        subject: defang(domain.unicode),
        reason: `**${defang(domain.unicode)}** ${reason}, but it is not ${org.label}\u2019s domain (${orgDomains(org)}). Attackers register such names to pass as an organisation their targets trust.`,
        entryIds: [org.entry.id, 'advice-check-sender'],
      });
    }
  }
  for (const { indicator, domain: known } of reference.indicatorDomains) {
    if (known.registrable === domain.registrable || !known.name) continue;
    const how = nameResemblance(domain.name, known.name, parameters);
    if (how) {
      findings.push({
        kind: 'indicator-lookalike',
        severity: 'high',
        subject: defang(domain.unicode),
        reason: `**${defang(domain.unicode)}** ${how} **${indicator.value}**, a domain the attackers used (${indicator.entry.title}).`,
        entryIds: [indicator.entry.id],
      });
    }
  }
  return findings;
}

function organisationLookalike(domain: DomainName, org: KnownOrganisation, parameters: CheckParameters): string | undefined {
  for (const real of org.domains) {
    if (!real.registrable || !real.name) continue;
    if (domain.host.includes(`${real.registrable}.`)) return `puts ${org.label}\u2019s domain ${defang(real.registrable)} in front of another domain, ${defang(domain.registrable!)}`;
    if (domain.name === real.name) return `has the same name as ${defang(real.registrable)} with a different ending (.${domain.suffix})`;
    const how = nameResemblance(domain.name!, real.name, parameters);
    if (how) return `${how} ${defang(real.registrable)}`;
  }
  const labels = domain.unicode.split('.').slice(0, -1).join('.');
  const word = org.domainWords.find((w) => skeleton(labels).includes(skeleton(w)));
  if (word) return `uses the name ${org.label} (with words added or swapped around it)`;
  return undefined;
}

/** How one domain name (without its ending) resembles another, or undefined when it does not. */
function nameResemblance(name: string, known: string, parameters: CheckParameters): string | undefined {
  if (name === known) return undefined;
  if (skeleton(name) === skeleton(known)) return 'is written with lookalike characters to read as';
  // Edits are counted on the names as a reader sees them (homoglyphs read as the letters they imitate),
  // not on skeletons, where "m" becomes "rn" and would count as an edit of its own.
  const a = readAs(name);
  const b = readAs(known);
  if (Math.min(a.length, b.length) < parameters.minNameLength) return undefined;
  const limit = Math.max(a.length, b.length) <= parameters.shortNameLength ? parameters.maxEditsShortName : parameters.maxEditsLongName;
  const distance = editDistanceUpTo(a, b, limit);
  if (distance !== undefined) return `differs by ${distance === 1 ? 'one character' : `${distance} characters`} from`;
  return undefined;
}

function orgDomains(org: KnownOrganisation): string {
  return org.domains.map((d) => defang(d.registrable ?? d.host)).join(', ');
}
