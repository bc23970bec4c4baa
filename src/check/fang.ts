/**
 * Pasted text is often already defanged ("example[.]com", "hxxps://", "user[@]example(.)org"): /check reads it
 * in its live form, and everything it shows back is defanged again, so no chat client turns it into a link.
 */

/** The live form of text that may be defanged in any of the common ways. Only for comparing, never for showing. */
export function refangText(text: string): string {
  return text
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[@\]|\(@\)|\[at\]/gi, '@')
    .replace(/\b(hxxp|hxtp|hxxxp)(s?):\/\//gi, (_m, _h: string, s: string) => `http${s}://`)
    .replace(/\[:\]\/\//g, '://');
}

/** A host, address or URL as shown to people: every dot bracketed and the scheme broken ("hxxps://a[.]b[.]org/x"). */
export function defang(value: string): string {
  return value.replace(/^http/i, (h) => h.replace(/t/gi, 'x')).replaceAll('.', '[.]').replaceAll('`', "'");
}
