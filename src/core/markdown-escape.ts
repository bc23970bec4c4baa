/**
 * User text inside the reply markdown: every character the platforms read as formatting is backslash-
 * escaped by `escapeMarkdown`, so `**x**`, `||x||`, ``` ``` ```, `[x](y)` or `> x` typed by a person are
 * shown as typed, never applied. Discord reads the escapes itself; every other renderer turns them back
 * into literal characters with `withLiterals`, after its own formatting rules have run.
 */
// Quoted text is one line that starts with a quotation mark, so line-start markers (`-`, `#`, `>`) cannot act.
const SPECIAL = /[\\`*_~|[\]]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Private-use characters standing in for escaped ones while formatting rules run. */
const BASE = 0xf0000;

/**
 * Runs `format` (a renderer's markdown rules) over `markdown` with its escaped characters hidden from it,
 * then puts each back as `literal(char)`: the character itself for plain text and terminals, a look-alike
 * where the platform has no escape (Slack).
 */
export function withLiterals(markdown: string, format: (text: string) => string, literal: (char: string) => string = (c) => c): string {
  const hidden = markdown.replace(/\\([\\`*_~|[\]])/g, (_m, c: string) => String.fromCodePoint(BASE + c.charCodeAt(0)));
  return format(hidden).replace(/[\u{f0000}-\u{f00ff}]/gu, (c) => literal(String.fromCharCode(c.codePointAt(0)! - BASE)));
}

/** Slack's mrkdwn has no escape character: formatting characters from users become look-alikes. */
export function slackLiteral(char: string): string {
  return ({ '*': '\u2217', _: '\uff3f', '~': '\u223c', '`': '\u02cb' } as Record<string, string>)[char] ?? char;
}
