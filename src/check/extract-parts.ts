import { parse } from 'tldts';
import { CHECK_PARAMETERS } from './check-parameters.ts';
import { ATTACHMENT_EXTENSIONS } from './file-extensions.ts';

/** An e-mail address found in the text, with the display name written before it and the header it stood in. */
export interface FoundAddress {
  address: string;
  local: string;
  host: string;
  displayName?: string;
  /** "from", "reply-to", "to"…, when the address followed such a header label. */
  header?: string;
}

/** A link: its target, and the text shown for it when the message labels it ([text](url), <a href>, Slack's <url|text>). */
export interface FoundLink {
  url: string;
  host: string;
  text?: string;
}

/** What /check looks at in a pasted message. Everything is in live (refanged) form; only for comparing. */
export interface MessageParts {
  addresses: FoundAddress[];
  links: FoundLink[];
  /** Domains written on their own, not inside an address or link. */
  domains: string[];
  attachments: string[];
}

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const HOST = String.raw`(?:${LABEL}\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]+)`;
const ADDRESS = new RegExp(String.raw`([\p{L}\p{N}._%+'-]+)@(${HOST})`, 'giu');
const URL_TEXT = new RegExp(String.raw`\b(?:(?:https?|ftp|file):\/\/|www\.)[^\s<>"'\x60|\[\]()]+`, 'giu');
const BARE_HOST = new RegExp(String.raw`(?<![\p{L}\p{N}@._/:-])${HOST}(?![\p{L}\p{N}@_-]|\.[\p{L}\p{N}])`, 'giu');
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\(([^)\s]+)\)/g;
const HTML_LINK = /<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]{0,200}?)<\/a>/gi;
const SLACK_LINK = /<((?:https?|ftp):\/\/[^|>\s]+)\|([^>]{1,200})>/gi;
const HEADER_LABEL = /\b(from|reply-to|to|cc|bcc|sender|return-path)\s*:/gi;

const EXTENSIONS = [...ATTACHMENT_EXTENSIONS].join('|');
/** A file name without spaces ("Interview-Questions.docx.js"), ending in an extension /check knows. */
const BARE_FILE = new RegExp(String.raw`(?<![\p{L}\p{N}@/.\\-])[\p{L}\p{N}_()\[\]-][\p{L}\p{N}_()\[\].-]*\.(?:${EXTENSIONS})(?![\p{L}\p{N}_.-])`, 'giu');
/** A quoted file name, which may hold spaces ("Interview Questions.docx"). */
const QUOTED_FILE = new RegExp(String.raw`["\u201c']([^"\u201d'\n]{1,150}\.(?:${EXTENSIONS}))["\u201d']`, 'giu');
/** "Attachment: a.pdf, b.docx.js" lines. */
const ATTACHMENT_LINE = /\b(?:attachments?|attached|files?)\s*:\s*([^\n]+)/gi;

/** Finds addresses, links, domains and attachment names in (refanged) text, at most `maxParts` of them. */
export function extractParts(text: string, limit: number = CHECK_PARAMETERS.maxParts): MessageParts {
  const links: FoundLink[] = [];
  // Labelled links first; their text is then blanked, so the shown text is not read as a domain of its own.
  let rest = text;
  for (const pattern of [MARKDOWN_LINK, HTML_LINK, SLACK_LINK]) {
    rest = rest.replace(pattern, (whole, a: string, b: string) => {
      const [url, shown] = pattern === MARKDOWN_LINK ? [b, a] : [a, b];
      // A mailto: link is an address: left in place for the address pass.
      if (/^mailto:/i.test(url)) return whole;
      const host = hostOf(url);
      if (host) links.push({ url, host, text: stripTags(shown).trim() });
      return ' '.repeat(whole.length);
    });
  }
  // Links before addresses: in "https://real.org@evil.com/" the part before the @ is not an address.
  for (const match of rest.matchAll(URL_TEXT)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const host = hostOf(url);
    if (host && !links.some((l) => l.url === url)) links.push({ url, host });
  }
  rest = rest.replace(URL_TEXT, (m) => ' '.repeat(m.length));
  const addresses: FoundAddress[] = [];
  for (const match of rest.matchAll(ADDRESS)) {
    const [address, local = '', host = ''] = match;
    if (addresses.some((a) => a.address.toLowerCase() === address.toLowerCase())) continue;
    addresses.push({ address, local, host: host.toLowerCase(), ...senderContext(rest, match.index) });
  }
  rest = rest.replace(ADDRESS, (m) => ' '.repeat(m.length));

  const attachments = new Set<string>();
  for (const m of text.matchAll(ATTACHMENT_LINE)) {
    for (const name of (m[1] ?? '').split(/[,;]/)) if (fileExtensions(name.trim()).length > 0) attachments.add(name.trim());
  }
  for (const m of text.matchAll(QUOTED_FILE)) attachments.add((m[1] ?? '').trim());
  for (const m of rest.matchAll(BARE_FILE)) {
    if (![...attachments].some((a) => a.endsWith(m[0]))) attachments.add(m[0]);
  }

  const seenHosts = new Set([...addresses.map((a) => a.host), ...links.map((l) => l.host)]);
  const domains: string[] = [];
  for (const m of rest.matchAll(BARE_HOST)) {
    const host = m[0].toLowerCase();
    const last = host.slice(host.lastIndexOf('.') + 1);
    // "report.zip" or "clip.mov" written alone is a file, although .zip and .mov are also top-level domains.
    if (ATTACHMENT_EXTENSIONS.has(last) || seenHosts.has(host)) continue;
    const info = parse(host);
    if (!(info.isIcann || info.isPrivate) || !info.domain) continue;
    seenHosts.add(host);
    domains.push(host);
  }
  return {
    addresses: addresses.slice(0, limit),
    links: links.slice(0, limit),
    domains: domains.slice(0, limit),
    attachments: [...attachments].slice(0, limit),
  };
}

/** The extensions of a file name, outermost last: "a.docx.js" → ["docx", "js"]; only those /check knows. */
export function fileExtensions(name: string): string[] {
  const parts = name.toLowerCase().split('.').slice(1);
  const known: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.trim();
    if (!ATTACHMENT_EXTENSIONS.has(part)) break;
    known.unshift(part);
  }
  return known;
}

function hostOf(url: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase();
    return host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The display name and header label written just before an address: `From: "Name" <a@b>`, `Reply-To: a@b`.
 * The name is the quoted text, or else the text back to a line break, separator or header label.
 */
function senderContext(text: string, at: number): Pick<FoundAddress, 'displayName' | 'header'> {
  const before = text.slice(Math.max(0, at - 160), at);
  const bracket = /<\s*$/.exec(before);
  let segment = before.slice(0, bracket?.index ?? before.length).trimEnd();
  const quoted = bracket && /["\u201d]$/.test(segment) ? segment.slice(0, -1).search(/["\u201c][^"\u201c]*$/) : -1;
  let name = '';
  if (quoted >= 0) {
    name = segment.slice(quoted + 1, -1);
    segment = segment.slice(0, quoted);
  } else {
    const separators = bracket ? ['\n', ';', ',', '>'] : ['\n', ';', '>'];
    segment = segment.slice(Math.max(...separators.map((s) => segment.lastIndexOf(s))) + 1);
  }
  const label = [...segment.matchAll(HEADER_LABEL)].at(-1);
  const rest = label ? segment.slice(label.index + label[0].length) : segment;
  if (quoted < 0) name = rest;
  name = name.trim();
  const result: Pick<FoundAddress, 'displayName' | 'header'> = {};
  // A header counts only when the address, or its display name, follows the label directly.
  const between = bracket && quoted < 0 ? '' : rest.trim();
  if (label && !between) result.header = label[1]!.toLowerCase();
  if (bracket && name && name.length <= 80) result.displayName = name;
  return result;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
