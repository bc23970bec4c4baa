import { z } from 'zod';

/**
 * What a person may do. Maintainers keep the shared knowledge (teach, reload, every community's gaps) and
 * are named by the operator; community moderators manage their own community (Manage Server on Discord,
 * workspace admins or configured people on Slack); everyone else is a user.
 */
export const RoleSchema = z.enum(['user', 'moderator', 'maintainer']);
export type Role = z.infer<typeof RoleSchema>;

/**
 * Who sent a request, as far as a command needs to know. The core fills it in from the request; it is
 * never logged, and stored only if the operator has configured that.
 */
export const RequesterSchema = z.object({
  /** Platform-scoped user id; used only for permissions, cooldowns, counting feedback once and quiz scores held in memory. */
  id: z.string(),
  /** Which adapter the request came through: "console", "discord", "slack", "cli". */
  platform: z.string(),
  /** The guild or workspace the request came from; absent for direct messages and the console. */
  community: z.string().optional(),
  /**
   * Where the request was made (a channel, thread or DM), for reading follow-up questions together; kept in
   * memory for a few minutes only.
   */
  conversation: z.string().optional(),
  role: RoleSchema.default('user'),
  /**
   * The name the platform shows for this person, only for a report they choose to sign; never stored or
   * logged.
   */
  name: z.string().max(100).optional(),
});
export type Requester = z.infer<typeof RequesterSchema>;
export type RequesterInput = z.input<typeof RequesterSchema>;

const RANK: Record<Role, number> = { user: 0, moderator: 1, maintainer: 2 };

/** True when `role` includes everything `needed` may do (a maintainer may do what a moderator may). */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
