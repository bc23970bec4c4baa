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

/** Defangs every domain-looking or IPv4-looking run in free text (for echoing user text back safely). */
export function defangText(text: string): string {
  return text
    .replace(/\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})\b/g, '$1[.]$2')
    .replace(/\b((?:[a-z0-9-]+\.)+)(com|org|net|info|biz|ru|cn|io|xyz|top|kh)\b/gi, (_m, host: string, tld: string) => `${host.slice(0, -1)}[.]${tld}`)
    .replace(/\bhttps?:\/\//gi, (scheme) => scheme.replace(/^http/i, 'hxxp'));
}
