import { defangText } from '../knowledge/defang.ts';

/**
 * User text echoed back in a reply ("No target matches …"): shortened, on one line, and with any domain
 * or address defanged, so the bot never turns someone's input into a live link in a shared channel.
 */
export function quoteUserText(text: string | undefined, max = 80): string {
  const oneLine = (text ?? '').replace(/\s+/g, ' ').trim();
  const short = oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
  return `\u201c${defangText(short)}\u201d`;
}
