import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply } from '../../src/core/reply.ts';

/**
 * Custom ids of suggestion buttons (`bg:s:` + the command line they run) and feedback buttons
 * (`bg:fb:y:` / `bg:fb:n:` + the answer's id). The payload travels in the button itself, so rendering is
 * pure and a button still works after a restart.
 */
export const BUTTON_PREFIX = 'bg:s:';
export const FEEDBACK_PREFIX = 'bg:fb:';

/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedsPerMessage: 10,
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

const COLOURS: Record<Reply['kind'], number> = {
  answer: 0x2b6cb0,
  info: 0x2b6cb0,
  clarify: 0xd69e2e,
  abstain: 0x718096,
  error: 0xc53030,
};

/** A message Discord accepts as it is: within every limit, and unable to ping anyone. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; repliedUser: false };
}

/** A rendered reply, and whether only its asker should see it (ephemeral, where Discord allows). */
export interface RenderedDiscordReply {
  message: DiscordMessage;
  ephemeral: boolean;
}

/** Interaction replies carry the ephemeral flag; other messages cannot. */
export function interactionPayload({ message, ephemeral }: RenderedDiscordReply): DiscordMessage & { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message;
}

/** Renders a reply as embeds and buttons, shortening cleanly where it would exceed Discord's limits. */
export function renderDiscord(reply: Reply): RenderedDiscordReply {
  let budget = DISCORD_LIMITS.embedTotal;
  const take = (text: string, max: number) => {
    const cut = shorten(text, Math.min(max, budget));
    budget -= cut.length;
    return cut;
  };

  const first: APIEmbed = { color: COLOURS[reply.kind] };
  if (reply.title) first.title = take(reply.title, DISCORD_LIMITS.title);
  const footer = reply.answer ? `Confidence ${Math.round(reply.answer.confidence * 100)}%` : undefined;
  if (footer) budget -= footer.length;

  // The body fills as many embeds as it needs (up to the per-message limits), split at line ends.
  const embeds: APIEmbed[] = [first];
  const fieldsBudget = Math.min(2_000, reply.fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + sourcesText(reply).length + 40);
  const bodyParts = splitText(reply.body, DISCORD_LIMITS.description, Math.max(200, budget - fieldsBudget));
  bodyParts.forEach((part, i) => {
    const text = take(part, DISCORD_LIMITS.description);
    if (i === 0) first.description = text;
    else if (embeds.length < DISCORD_LIMITS.embedsPerMessage - 1) embeds.push({ color: COLOURS[reply.kind], description: text });
  });

  const last = embeds[embeds.length - 1]!;
  const fields = [...reply.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline }))];
  const sources = sourcesText(reply);
  if (sources) fields.push({ name: 'Sources', value: sources, inline: false });
  last.fields = [];
  for (const field of fields.slice(0, DISCORD_LIMITS.fields)) {
    if (budget < 20) break;
    const name = take(field.name, DISCORD_LIMITS.fieldName);
    const value = take(field.value, DISCORD_LIMITS.fieldValue);
    if (value) last.fields.push({ name, value, inline: field.inline });
  }
  if (last.fields.length === 0) delete last.fields;
  if (footer) last.footer = { text: footer };

  // A suggestion whose command line does not fit in a custom_id is left out rather than cut.
  const followUps: APIButtonComponent[] = reply.suggestions
    .filter((s) => BUTTON_PREFIX.length + s.run.length <= DISCORD_LIMITS.customId)
    .slice(0, DISCORD_LIMITS.buttonsPerRow)
    .map((s) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: shorten(s.label, DISCORD_LIMITS.buttonLabel),
      custom_id: `${BUTTON_PREFIX}${s.run}`,
    }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  if (followUps.length > 0) rows.push({ type: ComponentType.ActionRow, components: followUps });
  // A recorded answer can be marked helpful or not; the core counts each person once per answer.
  const answerId = reply.kind === 'answer' ? reply.answer?.id : undefined;
  if (answerId) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Helpful', custom_id: `${FEEDBACK_PREFIX}y:${answerId}` },
        { type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Not helpful', custom_id: `${FEEDBACK_PREFIX}n:${answerId}` },
      ],
    });
  }
  return {
    message: {
      embeds,
      components: rows,
      allowedMentions: { parse: [], repliedUser: false },
    },
    ephemeral: reply.visibility === 'private',
  };
}

/** Sources as markdown links, as many as fit in one field. */
function sourcesText(reply: Reply): string {
  const lines: string[] = [];
  let length = 0;
  for (const [i, source] of reply.sources.entries()) {
    const line = source.url ? `[${escapeLinkText(source.label)}](${source.url})` : source.label;
    const more = `\u2026and ${reply.sources.length - i} more (\`/sources\`)`;
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, '');
}

/** Cuts text to `max` characters at a word boundary, marking the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '';
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}\u2026`;
}

/** Splits text into parts of at most `size`, at line ends where possible, using at most `total` characters. */
function splitText(text: string, size: number, total: number): string[] {
  const parts: string[] = [];
  let rest = text.length > total ? `${shorten(text, total - 40)}\n*(shortened: ask a narrower question)*` : text;
  while (rest.length > size) {
    let at = rest.lastIndexOf('\n', size);
    if (at < size * 0.5) at = rest.lastIndexOf(' ', size);
    if (at <= 0) at = size;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  parts.push(rest);
  return parts;
}
