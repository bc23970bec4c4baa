import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';

/** A host as /check reasons about it: its registrable domain and public suffix from the Public Suffix List. */
export interface DomainName {
  /** The host in ASCII (punycode) form, lower case. */
  host: string;
  /** The host as a person would read it (punycode decoded). */
  unicode: string;
  /** The part someone registered ("licadho-cambodia.org" in "mail.licadho-cambodia.org"); absent for IPs. */
  registrable?: string;
  /** The registrable domain without its suffix, decoded: "licadho-cambodia". */
  name?: string;
  /** "org", "gov.kh", "co.uk"… */
  suffix?: string;
  isIp: boolean;
  /** Some label is punycode ("xn--"), so what a mail client shows may differ from what it is. */
  hasPunycode: boolean;
}

/**
 * Reads a host, in Unicode or punycode form, without any network lookup. Undefined when it is not a valid
 * domain name or its ending is not on the Public Suffix List.
 */
export function readDomain(input: string): DomainName | undefined {
  const host = domainToASCII(input.replace(/\.$/, ''));
  if (!host) return undefined;
  const info = parse(host);
  if (info.isIp) return { host, unicode: host, isIp: true, hasPunycode: false };
  if (!(info.isIcann || info.isPrivate) || !info.domain || !info.publicSuffix) return undefined;
  return {
    host,
    unicode: domainToUnicode(host),
    registrable: info.domain,
    name: domainToUnicode(info.domainWithoutSuffix ?? ''),
    suffix: info.publicSuffix,
    isIp: false,
    hasPunycode: host.split('.').some((label) => label.startsWith('xn--')),
  };
}
