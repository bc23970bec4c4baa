/**
 * A forwarded or pasted e-mail's header ("Fwd: …", "From: …", "Subject: …", "Sent: …", "---------- Forwarded
 * message ---------") is what the asker received, not what they ask: its lines are set apart from the message.
 * The sender and the subject line tell what the e-mail is about, and are kept as quoted material (read-message.ts
 * reads them like words in quotation marks); the recipients, the date sent and the separator lines say nothing
 * about it and go. Nothing in a header is looked up: an address in it is only words.
 */

/** A header line's label; checked first, on messages of more than one line only. */
const HEADER_START = /^[ \t]*(?:re|fwd?|fw|from|to|cc|bcc|sent|date|subject)[ \t]*:/im;
/** One whole line of a header: its label, and the value after it. */
const HEADER_LINE = /^[ \t]*(re|fwd?|fw|from|to|cc|bcc|sent|date|subject)[ \t]*:[ \t]*(.*)$/i;
/** "---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----". */
const SEPARATOR_LINE = /^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|original message)[ \t]*-{2,}|begin forwarded message:?|forwarded message:?)[ \t]*$/i;
/** Labels whose value tells nothing of what the e-mail is about. */
const ADDRESSING = new Set(['to', 'cc', 'bcc', 'sent', 'date']);
/** "Re: Fwd: FW:" left before a subject line's words. */
const REPLY_PREFIXES = /^(?:(?:re|fwd?|fw)[ \t]*:[ \t]*)+/i;
/** An address in angle brackets after a sender's name ("Dara <dara@…>"): the name says who it is. */
const BRACKETED_ADDRESS = /\s*<[^<>\s]+@[^<>\s]+>/g;

/** The message without its header lines, and what the kept ones say (the sender, the subject), in order. */
export function setEmailHeaderAside(text: string): { text: string; header: string[] } {
  if (!text.includes('\n') || !HEADER_START.test(text)) return { text, header: [] };
  const header: string[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (SEPARATOR_LINE.test(line)) continue;
    const field = HEADER_LINE.exec(line);
    if (!field) {
      kept.push(line);
      continue;
    }
    if (ADDRESSING.has(field[1]!.toLowerCase())) continue;
    const value = field[2]!.replace(REPLY_PREFIXES, '').replace(BRACKETED_ADDRESS, '').trim();
    if (value) header.push(value);
  }
  return { text: kept.join('\n').trim(), header };
}
