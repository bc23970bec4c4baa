import { defangText } from '../knowledge/defang.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { stripUnsafeText } from './terminal-safe.ts';

/**
 * User text echoed back in a reply ("No target matches …"): shortened, on one line, with any domain or
 * address defanged, so the bot never turns someone's input into a live link in a shared channel, with
 * control characters and bidi overrides removed, and with its markdown escaped so it is shown as typed.
 */
export function quoteUserText(text: string | undefined, max = 80): string {
  const oneLine = stripUnsafeText(text ?? '').replace(/\s+/g, ' ').trim();
  const short = oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
  return `\u201c${defangText(escapeMarkdown(short))}\u201d`;
}
