import type { App } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.ts';

export interface CommunityAdminOptions {
  client: App['client'];
  /** The bot token of a workspace: with many workspaces, Slack answers about a user only with their workspace's token. */
  tokenFor?: (teamId: string | undefined) => Promise<string | undefined>;
  logger: Logger;
  /** People named in SLACK_MODERATOR_USER_IDS. */
  userIds: readonly string[];
  /** Workspace admins and owners moderate (needs the users:read scope). */
  workspaceAdmins: boolean;
  /** Members of this user group moderate (needs the usergroups:read scope). */
  userGroupId?: string;
  /** How long an answer from Slack is trusted before it is asked again. */
  cacheMs?: number;
}

/**
 * Whether a Slack user administers their workspace, as the platform tells: a configured person, a workspace
 * admin or owner, or a member of the configured user group. Slack's answers are cached for a few minutes; a
 * failed lookup counts as "no" and is logged (without the user's id).
 */
export function createCommunityAdminCheck({ client, tokenFor = async () => undefined, logger, userIds, workspaceAdmins, userGroupId, cacheMs = 300_000 }: CommunityAdminOptions) {
  const named = new Set(userIds);
  const admins = new Map<string, { admin: boolean; until: number }>();
  let group: { members: Set<string>; until: number } | undefined;

  const isWorkspaceAdmin = async (userId: string, teamId: string | undefined): Promise<boolean> => {
    const cached = admins.get(userId);
    if (cached && cached.until > Date.now()) return cached.admin;
    let admin = false;
    try {
      const token = await tokenFor(teamId);
      const { user } = await client.users.info({ user: userId, ...(token ? { token } : {}) });
      admin = Boolean(user?.is_admin || user?.is_owner);
    } catch (error) {
      logger.warn({ code: slackErrorCode(error) }, 'could not ask Slack whether a user is a workspace admin (is the users:read scope granted?)');
    }
    admins.set(userId, { admin, until: Date.now() + cacheMs });
    if (admins.size > 10_000) admins.clear();
    return admin;
  };

  const groupMembers = async (teamId: string | undefined): Promise<Set<string>> => {
    if (group && group.until > Date.now()) return group.members;
    let members = new Set<string>();
    try {
      const token = await tokenFor(teamId);
      members = new Set((await client.usergroups.users.list({ usergroup: userGroupId!, ...(token ? { token } : {}) })).users ?? []);
    } catch (error) {
      logger.warn({ code: slackErrorCode(error) }, 'could not read the moderators\u2019 user group (is SLACK_MODERATOR_USERGROUP_ID right, and usergroups:read granted?)');
    }
    group = { members, until: Date.now() + cacheMs };
    return members;
  };

  return async (userId: string, teamId?: string): Promise<boolean> => {
    if (named.has(userId)) return true;
    if (userGroupId && (await groupMembers(teamId)).has(userId)) return true;
    return workspaceAdmins ? isWorkspaceAdmin(userId, teamId) : false;
  };
}

/** Slack's error code ("missing_scope"), never the request: it names the user asked about. */
function slackErrorCode(error: unknown): string | undefined {
  const { code, data } = error as { code?: string; data?: { error?: string } };
  return data?.error ?? code;
}
