/**
 * Removes what chat platforms add around a message's words, so the words alone are read: Slack's and
 * Discord's mention, channel, emoji and date markup, typed `@everyone`/`@here`/`@name`, `:shortcodes:`,
 * Unicode emoji and markdown markers. Links keep their visible text. Nothing here changes a word.
 * Emoji leave SOFT_BREAK (an invisible separator) where they stood.
 */
export const SOFT_BREAK = '\u2063';

/**
 * Slack sends the three characters its markup uses, typed by a person, as HTML entities ("&gt; quoted line",
 * "c&amp;c servers", "x &lt; y"); read as typed, their semicolons would end sentences. Its own markup (`<@U123>`)
 * arrives with real brackets and is untouched. "&amp;" last, so "&amp;gt;" stays the text "&gt;".
 */
export function decodeChatEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function stripPlatformMarkup(text: string): string {
  return (
    text
      // Slack dates keep their fallback text; then <@U123>, <@U123|name>, <!here>, <!channel>, <!everyone>,
      // <!subteam^S1|@team> and <#C1|general> go. Links and mailto keep their label, or the address itself.
      .replace(/<!date\^[^|<>]*\|([^<>]*)>/g, ' $1 ')
      .replace(/<[@#!][^<>]*>/g, ' ')
      .replace(/<((?:https?|mailto):[^|<>\s]+)\|([^<>]*)>/g, ' $2 ')
      .replace(/<((?:https?|mailto):[^|<>\s]+)>/g, ' $1 ')
      // Discord: <@123>, <@!123>, <@&123>, <#123>, <:name:123>, <a:name:123>, <t:1700000000:R>, </cmd:123>.
      .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::[a-zA-Z])?>|<\/[\w -]+:\d+>/g, ' ')
      // Typed mentions: "@everyone", "@here", "@ballotguard" (not the middle of an e-mail address).
      .replace(/(^|[\s(])@[\p{L}\p{N}._-]+/gu, '$1 ')
      // Emoji the user meant as punctuation first, then every other emoji and :shortcode:.
      .replace(/[\u2753\u2754]/g, '?')
      .replace(/[\u2757\u2755]/g, '!')
      // People use them as punctuation too ("NGO worker here 🙋 how do we…"): each run leaves a soft break
      // that the reader may treat as the end of a sentence.
      .replace(/(?:\s*(?::[a-z0-9_+-]*[a-z][a-z0-9_+-]*:|[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]))+\s*/giu, ` ${SOFT_BREAK} `)
      // Emoticons typed as text ("thanks :)", "ugh :(", "<3"), where they end the sentence as emoji do; not inside a
      // word, a time or a link ("2:30", "http://").
      .replace(/(?<![\w/:])(?:[:;=]-?[)(\]\[DPpO]|<3|\^_?\^|\bxD)(?![\w/])/g, ` ${SOFT_BREAK} `)
      // Markdown markers: bold, italic, strike, spoilers, code, quotes.
      .replace(/\|\||~~|\*\*|__|`+/g, ' ')
      .replace(/^\s*>+\s?/gm, '')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

/** Mentions and emoji before a message's first word: how a message addressed to the bot starts. */
const LEADING_MENTIONS = /^(?:\s|<[@!][^<>]*>|<@!?\d+>|<@&\d+>|(?<![\p{L}\p{N}])@[\p{L}\p{N}._-]+|:[a-z0-9_+-]+:|[\p{Extended_Pictographic}\u{FE0F}\u{200D}])+/u;

/** Removes only the mentions (and emoji) that open a message, keeping the rest exactly as typed. */
export function stripLeadingMentions(text: string): string {
  return text.replace(LEADING_MENTIONS, '').trim();
}
