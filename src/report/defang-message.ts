import { refangText } from '../check/fang.ts';
import { unwrapChatMarkup } from '../check/unwrap-chat-markup.ts';

/**
 * A whole message made safe to show in a shared channel: every dot between a host's labels bracketed
 * ("licadho-org[.]net", "a[@]b[.]org" stays readable), IPv4 addresses bracketed, schemes broken ("hxxps://"), backticks made plain.
 * Read as the person saw it (Slack's link markup and entities unwrapped) and in its live form first, so
 * text that was already defanged is not bracketed twice.
 */
export function defangMessage(text: string): string {
  return refangText(unwrapChatMarkup(text))
    .replace(/([\p{L}\p{N}-])\.(?=[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*)/gu, '$1[.]')
    .replace(/\b(h)tt(ps?):\/\//gi, (_m, h: string, rest: string) => `${h}xx${rest}://`)
    .replace(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g, '$1[.]$2[.]$3[.]$4')
    .replace(/\bftp:\/\//gi, 'fxp://')
    .replaceAll('`', "'");
}
