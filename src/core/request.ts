import { z } from 'zod';

/** What a person asked for: a message's text as typed (raw), a native command with options, or a feedback click. */
export const RequestInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('command'), name: z.string(), options: z.record(z.string(), z.unknown()).default({}) }),
  z.object({ type: z.literal('feedback'), answerId: z.string().min(1).max(64), helpful: z.boolean() }),
]);

/**
 * One request from any platform, as an adapter translates it: where it came from, who sent it, and what
 * they asked for. The core decides everything else (role, cooldown, what is recorded, what is said).
 */
export const BotRequestSchema = z.object({
  platform: z.string().min(1),
  /** The guild or workspace; absent for direct messages and the console. */
  community: z.string().min(1).optional(),
  channel: z.string().min(1).optional(),
  user: z.object({
    id: z.string().min(1),
    /**
     * The platform says this person administers the community: Manage Server (or a configured role) on
     * Discord, a workspace admin (or a configured person) on Slack. It makes a community moderator, never
     * a knowledge maintainer.
     */
    communityAdmin: z.boolean().default(false),
    /** The name the platform shows for them; used only in a report they choose to sign. */
    name: z.string().min(1).max(100).optional(),
  }),
  /**
   * How it arrived: a mention in a channel, a direct message, a native slash command, a button, or a line
   * typed at the console. Mentions can be switched off per community.
   */
  via: z.enum(['mention', 'direct', 'command', 'button', 'console']),
  input: RequestInputSchema,
});
export type BotRequest = z.infer<typeof BotRequestSchema>;
export type BotRequestInput = z.input<typeof BotRequestSchema>;
