import { normalizeText } from '../search/normalize.ts';
import type { KnownOrganisation } from './known-names.ts';
import { skeleton } from './unicode-skeleton.ts';

/**
 * The organisation a display name or an address's local part claims to be, if it names one the knowledge
 * base knows: by a distinctive word ("LICADHO investigator", "licadho.office"), also when written with
 * lookalike characters, or by a full name of several words.
 */
export function claimedOrganisation(text: string, organisations: readonly KnownOrganisation[]): KnownOrganisation | undefined {
  const seen = skeleton(text);
  const normalized = ` ${normalizeText(text)} `;
  return organisations.find(
    (org) => org.words.some((word) => seen.includes(skeleton(word))) || org.phrases.some((phrase) => normalized.includes(` ${phrase} `)),
  );
}

/** True when a registrable domain is one of the organisation's own (or a subdomain of one). */
export function isOrganisationDomain(org: KnownOrganisation, registrable: string | undefined): boolean {
  return registrable !== undefined && org.domains.some((d) => d.registrable === registrable);
}
