/**
 * Pasted text as chat platforms deliver it: Slack sends `<`, `>` and `&` as HTML entities and wraps what it
 * recognises as links (`<mailto:a@b.org|a@b.org>`, `<http://b.org|b.org>`); an e-mail's HTML source has
 * entities too. /check reads the text as the person saw it. A link whose label names another place is kept
 * as it is, so the check can compare the two.
 */
export function unwrapChatMarkup(text: string): string {
  return text
    .replace(/<mailto:([^|>\s]+)(?:\|[^>]*)?>/gi, '$1')
    .replace(/<((?:https?|ftp):\/\/[^|>\s]+)(?:\|([^>]*))?>/gi, (whole, url: string, label?: string) =>
      label === undefined || sameText(label, url) ? url : whole,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** "b.org" labels "http://b.org/" as itself. */
function sameText(label: string, url: string): boolean {
  const bare = (s: string) => s.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');
  return bare(label) === bare(url);
}
