import { z } from 'zod';
import { ConfigError } from '../../src/core/errors.ts';

const SlackEnv = z
  .object({
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions page)'),
    SLACK_SIGNING_SECRET: z.string().min(8, 'looks too short: copy it from Basic Information, "Signing Secret"').optional(),
    SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token starting with "xapp-" (Basic Information, App-Level Tokens, scope connections:write)').optional(),
    SLACK_API_URL: z.url('must be a full URL ending in /api/, e.g. https://slack.com/api/').optional(),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    SLACK_MODERATOR_USER_IDS: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
    /** Workspace admins and owners are their workspace's moderators (needs the users:read scope). */
    SLACK_WORKSPACE_ADMINS_MODERATE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    /** Members of this user group are their workspace's moderators (needs the usergroups:read scope). */
    SLACK_MODERATOR_USERGROUP_ID: z.string().regex(/^S[A-Z0-9]+$/, 'must be a user group id such as S0123456789').optional(),
    /** Slash commands: `short` (/targets …), `namespaced` (/ballotguard targets …) or `both`. */
    SLACK_COMMAND_STYLE: z.enum(['short', 'namespaced', 'both'], 'must be short, namespaced or both').default('both'),
    SLACK_MODERATOR_CHANNEL_ID: z.string().regex(/^[CG][A-Z0-9]+$/, 'must be a channel id such as C0123456789 (channel details, at the bottom)').optional(),
  })
  .refine((env) => env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET, {
    message: 'set SLACK_SIGNING_SECRET for HTTP mode (Basic Information, "Signing Secret") or SLACK_APP_TOKEN for Socket Mode',
    path: ['SLACK_SIGNING_SECRET'],
  });
export type SlackConfig = z.infer<typeof SlackEnv>;

/** True when the environment asks for the Slack adapter. */
export function slackConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SLACK_BOT_TOKEN);
}

/** Reads and validates the Slack settings, naming the setting at fault (never echoing a secret). */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const blank = (v: string | undefined) => (v ? v : undefined);
  const parsed = SlackEnv.safeParse({
    ...env,
    SLACK_SIGNING_SECRET: blank(env.SLACK_SIGNING_SECRET),
    SLACK_APP_TOKEN: blank(env.SLACK_APP_TOKEN),
    SLACK_API_URL: blank(env.SLACK_API_URL),
    PORT: blank(env.PORT),
    SLACK_COMMAND_STYLE: blank(env.SLACK_COMMAND_STYLE),
    SLACK_WORKSPACE_ADMINS_MODERATE: blank(env.SLACK_WORKSPACE_ADMINS_MODERATE),
    SLACK_MODERATOR_USERGROUP_ID: blank(env.SLACK_MODERATOR_USERGROUP_ID),
    SLACK_MODERATOR_CHANNEL_ID: blank(env.SLACK_MODERATOR_CHANNEL_ID),
  });
  if (!parsed.success) {
    throw new ConfigError(`Slack settings are invalid:\n${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}
