import { createRequire } from 'node:module';

/**
 * Domains of free webmail providers (about 8,000: gmail.com, proton.me, 163.com…), from the email-providers
 * package, which derives its list from goware/emailproviders and refreshes it monthly.
 */
const require = createRequire(import.meta.url);
const FREE_MAIL = new Set<string>((require('email-providers/all.json') as string[]).map((d) => d.toLowerCase()));

/** True when anyone can open an address at this registrable domain, so it says nothing about who wrote. */
export function isFreeMail(registrableDomain: string): boolean {
  return FREE_MAIL.has(registrableDomain.toLowerCase());
}
