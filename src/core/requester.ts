import { z } from 'zod';

/**
 * Who sent a request, as far as the core needs to know. Adapters fill it in; the core never logs or
 * stores it unless the operator has configured that.
 */
export const RequesterSchema = z.object({
  /** Platform-scoped user id; used only for permissions, cooldowns and quiz scores held in memory. */
  id: z.string(),
  /** Which adapter the request came through: "console", "discord", "slack", "cli". */
  platform: z.string(),
  /**
   * Where the request was made (a channel, thread or DM), for reading follow-up questions together; kept in
   * memory for a few minutes only.
   */
  conversation: z.string().optional(),
  /** Decided by the adapter from platform roles (Manage Server, a configured role or user list). */
  isModerator: z.boolean().default(false),
});
export type Requester = z.infer<typeof RequesterSchema>;
export type RequesterInput = z.input<typeof RequesterSchema>;
