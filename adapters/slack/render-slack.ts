import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { replyToPlainText } from '../../src/core/plain-text.ts';
import type { Reply } from '../../src/core/reply.ts';
import { slackLiteral, withLiterals } from '../../src/core/markdown-escape.ts';

/** Slack's Block Kit limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocks: 50,
  header: 150,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2_000,
  fallbackText: 3_000,
} as const;

/** Action ids of suggestion buttons and of feedback buttons. */
export const ACTION_PREFIX = 'bg:s:';
export const FEEDBACK_ACTION = /^bg:fb:(yes|no)$/;

/** A reply as Slack message content: blocks, and the plain text shown in notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Escapes the three characters Slack treats as markup, so `<!channel>` in a question is shown, never sent. */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The reply's markdown subset in Slack's mrkdwn, everything escaped first. */
export function toMrkdwn(markdown: string): string {
  // Escaped characters (user text) skip the rules and come back as look-alikes: mrkdwn has no escapes.
  return withLiterals(
    markdown,
    (text) =>
      escapeSlack(text)
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => `<${url}|${label.replaceAll('|', '/')}>`)
        .replace(/\*\*([^*]+)\*\*/g, '\u0001$1\u0001')
        .replace(/(^|[^*\w])\*([^*\n]+)\*/g, '$1_$2_')
        .replace(/\u0001/g, '*')
        .replace(/^- /gm, '\u2022 '),
    slackLiteral,
  );
}

/** Renders a reply as Block Kit within Slack's limits, with a plain-text fallback. */
export function renderSlack(reply: Reply): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: cut(withLiterals(reply.title, (t) => t), SLACK_LIMITS.header), emoji: false } } satisfies HeaderBlock);
  }
  for (const part of splitMrkdwn(toMrkdwn(reply.body), SLACK_LIMITS.sectionText)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: part } } satisfies SectionBlock);
  }
  const fields = reply.fields.map((f) => ({ type: 'mrkdwn' as const, text: cut(`*${escapeSlack(f.name)}*\n${toMrkdwn(f.value)}`, SLACK_LIMITS.fieldText) }));
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.sectionFields) } satisfies SectionBlock);
  }
  const context: ContextBlock['elements'] = reply.sources.slice(0, SLACK_LIMITS.contextElements - 1).map((s) => ({
    type: 'mrkdwn',
    text: cut(s.url ? `<${s.url}|${escapeSlack(s.label).replaceAll('|', '/')}>` : escapeSlack(s.label), SLACK_LIMITS.fieldText),
  }));
  if (reply.sources.length > context.length) context.push({ type: 'mrkdwn', text: `\u2026and ${reply.sources.length - context.length} more (\`/sources\`)` });
  if (reply.answer) context.push({ type: 'mrkdwn', text: `Confidence ${Math.round(reply.answer.confidence * 100)}%` });
  if (context.length > 0) blocks.push({ type: 'context', elements: context.slice(0, SLACK_LIMITS.contextElements) } satisfies ContextBlock);
  if (reply.suggestions.length > 0) {
    const buttons: Button[] = reply.suggestions.slice(0, 5).map((s, i) => ({
      type: 'button',
      action_id: `${ACTION_PREFIX}${i}`,
      text: { type: 'plain_text', text: cut(s.label, SLACK_LIMITS.buttonText), emoji: false },
      value: s.run.slice(0, SLACK_LIMITS.buttonValue),
    }));
    blocks.push({ type: 'actions', elements: buttons } satisfies ActionsBlock);
  }
  // A recorded answer can be marked helpful or not; the button carries the answer's id.
  const value = reply.kind === 'answer' ? reply.answer?.id : undefined;
  if (value) {
    blocks.push({
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'bg:fb:yes', style: 'primary', text: { type: 'plain_text', text: 'Helpful', emoji: false }, value },
        { type: 'button', action_id: 'bg:fb:no', style: 'danger', text: { type: 'plain_text', text: 'Not helpful', emoji: false }, value },
      ],
    } satisfies ActionsBlock);
  }
  // Over the block limit, keep the head and the last blocks (sources, buttons).
  const fitted = blocks.length > SLACK_LIMITS.blocks ? [...blocks.slice(0, SLACK_LIMITS.blocks - 4), ...blocks.slice(-3)] : blocks;
  return { text: cut(escapeSlack(replyToPlainText(reply)), SLACK_LIMITS.fallbackText), blocks: fitted };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** Splits mrkdwn into parts of at most `size`, at line ends where possible, never inside a <link|text>. */
function splitMrkdwn(text: string, size: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let at = rest.lastIndexOf('\n', size);
    if (at < size * 0.5) at = rest.lastIndexOf(' ', size);
    if (at <= 0) at = size;
    const open = rest.lastIndexOf('<', at);
    if (open > rest.lastIndexOf('>', at) && open > 0) at = open;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}
