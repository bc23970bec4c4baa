/**
 * Indicators of compromise are stored and shown defanged ("example[.]com") so that no chat client turns
 * them into a live link someone could click.
 */

const NEEDS_DEFANGING = new Set(['domain', 'ip', 'url']);

/** True when a value of this indicator type is safe to show: hashes and host names need nothing. */
export function isDefanged(value: string, type: string): boolean {
  if (!NEEDS_DEFANGING.has(type)) return true;
  return value.includes('[.]') && !/^https?:\/\//i.test(value);
}

/** The live form of a defanged value, used only to look for accidental live copies in the knowledge. */
export function refang(value: string): string {
  return value.replaceAll('[.]', '.').replace(/^hxxp/i, 'http');
}

/**
 * Top-level domains common enough in phishing and in everyday addresses that `name.tld` in free text is
 * taken for a domain. A host followed by a path or a port is taken for one whatever its ending.
 */
const COMMON_TLDS = 'com|org|net|info|biz|gov|edu|mil|int|io|co|me|app|dev|xyz|top|site|online|club|shop|live|ru|cn|kh|uk|us|eu|de|fr|jp|in|br|au|ca|ly|tv|cc|ws|to|su';

/** Defangs every domain-looking or IPv4-looking run in free text (for echoing user text back safely). */
export function defangText(text: string): string {
  return text
    .replace(/\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})\b/g, '$1[.]$2')
    .replace(new RegExp(`\\b((?:[a-z0-9-]+\\.)+)(${COMMON_TLDS})\\b`, 'gi'), (_m, host: string, tld: string) => `${host.slice(0, -1)}[.]${tld}`)
    .replace(/\b((?:[a-z0-9-]+\.)+)([a-z]{2,24})(?=[/:])/gi, (_m, host: string, tld: string) => `${host.slice(0, -1)}[.]${tld}`)
    .replace(/\b(?:https?|ftp):\/\//gi, (scheme) => scheme.replace(/^http/i, 'hxxp').replace(/^ftp/i, 'fxp'));
}
