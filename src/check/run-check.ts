import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { checkAttachments } from './check-attachments.ts';
import { CHECK_PARAMETERS, type CheckParameters } from './check-parameters.ts';
import { checkKnownIndicators } from './check-known-indicators.ts';
import { checkLinks } from './check-links.ts';
import { checkLookalikeDomains } from './check-lookalike-domains.ts';
import { checkSenders, type ReadAddress } from './check-senders.ts';
import { checkDomainCharacters } from './check-unusual-characters.ts';
import { readDomain, type DomainName } from './domain-name.ts';
import { extractParts, type MessageParts } from './extract-parts.ts';
import { refangText } from './fang.ts';
import { unwrapChatMarkup } from './unwrap-chat-markup.ts';
import { orderFindings, type Finding } from './finding.ts';
import { checkReference } from './known-names.ts';

/** What /check saw in a message and what it found. Nothing in it was fetched, resolved or opened. */
export interface CheckResult {
  parts: MessageParts;
  /** Every distinct host seen (senders, links, bare domains), read against the Public Suffix List. */
  domains: DomainName[];
  findings: Finding[];
}

/** Checks pasted text (a sender line, an address, a link, a domain or a whole message) against the knowledge. */
export function checkMessage(text: string, knowledge: Knowledge, parameters: CheckParameters = CHECK_PARAMETERS): CheckResult {
  const live = refangText(unwrapChatMarkup(text));
  const parts = extractParts(live, parameters.maxParts);
  const reference = checkReference(knowledge, parameters);

  const domains = new Map<string, DomainName>();
  const read = (host: string) => {
    const domain = readDomain(host);
    if (domain && !domains.has(domain.host)) domains.set(domain.host, domain);
    return domain;
  };
  const addresses = parts.addresses.flatMap((a): ReadAddress[] => {
    const domain = read(a.host);
    return domain ? [{ ...a, domain }] : [];
  });
  for (const link of parts.links) read(link.host);
  for (const host of parts.domains) read(host);

  const findings: Finding[] = [
    ...checkKnownIndicators(live, [...domains.values()], parts.attachments, reference, parameters),
    ...[...domains.values()].flatMap((d) => [...checkDomainCharacters(d), ...checkLookalikeDomains(d, reference, parameters)]),
    ...checkSenders(addresses, reference),
    ...checkLinks(parts.links),
    ...checkAttachments(parts.attachments),
  ];
  return { parts, domains: [...domains.values()], findings: orderFindings(findings) };
}

/** True when the text holds something /check can look at: an address, a link, a domain or a file name. */
export function holdsSomethingToCheck(text: string): boolean {
  return holdsParts(extractParts(refangText(unwrapChatMarkup(text)), 1));
}

/** True when parts were found: an address, a link, a domain or a file name. */
export function holdsParts(parts: MessageParts): boolean {
  return parts.addresses.length + parts.links.length + parts.domains.length + parts.attachments.length > 0;
}
