import { z } from 'zod';

/** A labelled value shown beside the body (an embed field on Discord, a section field on Slack). */
export const ReplyFieldSchema = z.object({
  name: z.string().min(1),
  value: z.string().min(1),
  inline: z.boolean().default(false),
});

/** A source as shown to a reader. */
export const ReplySourceSchema = z.object({
  id: z.string(),
  label: z.string(),
  url: z.string().optional(),
});

/** A button or follow-up: what it says, and the command text it runs when chosen. */
export const SuggestionSchema = z.object({
  label: z.string().min(1),
  run: z.string().min(1),
});

/**
 * The one platform-neutral reply every command returns. Adapters only render it. `body` is a small
 * markdown subset: **bold**, *italic*, `code`, [links](https://…), "- " bullet and "1. " numbered lines.
 */
export const ReplySchema = z.object({
  kind: z.enum(['answer', 'abstain', 'clarify', 'info', 'error']),
  title: z.string().optional(),
  body: z.string(),
  fields: z.array(ReplyFieldSchema).default([]),
  sources: z.array(ReplySourceSchema).default([]),
  suggestions: z.array(SuggestionSchema).default([]),
  /** Private replies are seen only by the person who asked (ephemeral on Discord and Slack). */
  visibility: z.enum(['public', 'private']).default('public'),
  /** Present on replies to questions: how sure the answer is and which entries it came from. */
  answer: z
    .object({
      question: z.string(),
      confidence: z.number().min(0).max(1),
      entryIds: z.array(z.string()),
      /** Set by the pipeline once the answer is recorded: feedback buttons carry it. */
      id: z.string().optional(),
    })
    .optional(),
});

export type Reply = z.infer<typeof ReplySchema>;
export type ReplyInput = z.input<typeof ReplySchema>;
export type ReplyField = z.infer<typeof ReplyFieldSchema>;
export type ReplySource = z.infer<typeof ReplySourceSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** Builds a reply, filling defaults, so handlers write only what matters to them. */
export function reply(input: ReplyInput): Reply {
  return ReplySchema.parse(input);
}

/** A short, kind, private error reply. */
export function errorReply(title: string, body: string, suggestions: Suggestion[] = []): Reply {
  return reply({ kind: 'error', title, body, suggestions, visibility: 'private' });
}
