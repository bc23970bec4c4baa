import { claimedOrganisation, isOrganisationDomain } from './claimed-organisation.ts';
import type { DomainName } from './domain-name.ts';
import type { FoundAddress } from './extract-parts.ts';
import { defang } from './fang.ts';
import type { Finding } from './finding.ts';
import { isFreeMail } from './free-mail.ts';
import type { CheckReference, KnownOrganisation } from './known-names.ts';
import { checkNameCharacters } from './check-unusual-characters.ts';

/** An address with its domain read. */
export interface ReadAddress extends FoundAddress {
  domain: DomainName;
}

/**
 * Senders that claim to be someone they are not: an organisation's name on a free webmail address, a display
 * name that names an organisation (or shows an address) the real address does not belong to, and a Reply-To
 * that sends answers to another domain than the sender's.
 */
export function checkSenders(addresses: readonly ReadAddress[], reference: CheckReference): Finding[] {
  const findings: Finding[] = [];
  for (const address of addresses) {
    const registrable = address.domain.registrable;
    if (address.displayName) findings.push(...checkNameCharacters(address.displayName));
    const shownAddress = address.displayName?.match(/[\p{L}\p{N}._%+'-]+@([\p{L}\p{N}.-]+\.\p{L}{2,})/u);
    if (shownAddress && !sameSite(shownAddress[1]!, address.domain)) {
      findings.push({
        kind: 'name-mismatch',
        severity: 'high',
        subject: defang(address.address),
        reason: `The sender name shows the address \`${defang(shownAddress[0])}\`, but the message comes from **${defang(address.address)}**: the name is just text anyone can type.`,
        entryIds: ['advice-check-sender'],
      });
      continue;
    }
    const claimed =
      (address.displayName ? claimedOrganisation(address.displayName, reference.organisations) : undefined) ??
      claimedOrganisation(address.local.replace(/[._+-]/g, ' '), reference.organisations);
    if (!claimed || isOrganisationDomain(claimed, registrable)) continue;
    const who = `\`${defang(address.displayName ?? address.address)}\``;
    if (registrable && isFreeMail(registrable)) {
      findings.push({
        kind: 'free-mail-impersonation',
        severity: 'high',
        subject: defang(address.address),
        reason: `${who} uses ${claimed.label}\u2019s name on a free webmail address (**${defang(registrable)}**), which anyone can open. ${ownDomains(claimed)}The 2018 phish that Monavithya Kem caught claimed to come from a human rights organisation from an address that was not the organisation\u2019s.`,
        entryIds: [claimed.entry.id, 'advice-check-sender', 'phishing-email-to-kem'],
      });
    } else if (claimed.domains.length > 0) {
      findings.push({
        kind: 'name-mismatch',
        severity: 'high',
        subject: defang(address.address),
        reason: `${address.displayName ? `The sender name ${who} claims to be` : `The address ${who} uses the name of`} ${claimed.label}, but the address is at **${defang(registrable ?? address.domain.host)}**, not ${claimed.label}\u2019s own domain. ${ownDomains(claimed)}`.trim(),
        entryIds: [claimed.entry.id, 'advice-check-sender'],
      });
    }
  }
  const from = addresses.find((a) => a.header === 'from') ?? addresses.find((a) => a.header === undefined);
  const replyTo = addresses.find((a) => a.header === 'reply-to');
  if (from && replyTo && from.domain.registrable !== replyTo.domain.registrable) {
    findings.push({
      kind: 'reply-to-mismatch',
      severity: 'medium',
      subject: defang(replyTo.address),
      reason: `Replies would go to **${defang(replyTo.address)}**, not to the sender\u2019s domain (${defang(from.domain.registrable ?? from.domain.host)}): a common way to carry a conversation off to the attacker.`,
      entryIds: ['advice-check-sender'],
    });
  }
  return findings;
}

function sameSite(host: string, domain: DomainName): boolean {
  const lowered = host.toLowerCase();
  return lowered === domain.host || (domain.registrable !== undefined && (lowered === domain.registrable || lowered.endsWith(`.${domain.registrable}`)));
}

function ownDomains(org: KnownOrganisation): string {
  if (org.domains.length === 0) return '';
  return `${org.label}\u2019s own domain is ${org.domains.map((d) => `**${defang(d.registrable ?? d.host)}**`).join(' or ')}. `;
}
