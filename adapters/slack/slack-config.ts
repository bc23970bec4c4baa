import { z } from 'zod';
import { ConfigError } from '../../src/core/errors.ts';

const SlackEnv = z
  .object({
    /** One workspace: its bot token. Leave unset for many workspaces installing through OAuth (below). */
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" (OAuth & Permissions page)').optional(),
    /** Many workspaces: Bolt's OAuth at /slack/install and /slack/oauth_redirect, installations kept in the records database. */
    SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'must be the app\'s Client ID, digits.digits (Basic Information, App Credentials)').optional(),
    SLACK_CLIENT_SECRET: z.string().min(16, 'looks too short: copy it from Basic Information, App Credentials, "Client Secret"').optional(),
    /** Signs the OAuth state, so an install started on one copy of the bot completes on any other. */
    SLACK_STATE_SECRET: z.string().min(32, 'must be at least 32 random characters (e.g. `openssl rand -hex 32`), the same on every copy').optional(),
    /** The redirect URL registered in the app's OAuth settings, when it has more than one. */
    SLACK_REDIRECT_URI: z.url('must be the full https URL of /slack/oauth_redirect, as registered under OAuth & Permissions').optional(),
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
  .refine((env) => Boolean(env.SLACK_BOT_TOKEN) !== Boolean(env.SLACK_CLIENT_ID), {
    message: 'set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (many workspaces installing through OAuth), not both',
    path: ['SLACK_BOT_TOKEN'],
  })
  .refine((env) => !env.SLACK_CLIENT_ID || (env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET), {
    message: 'OAuth needs SLACK_CLIENT_SECRET and SLACK_STATE_SECRET beside SLACK_CLIENT_ID',
    path: ['SLACK_CLIENT_SECRET'],
  })
  .refine((env) => !env.SLACK_CLIENT_ID || (env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN), {
    message: 'OAuth (many workspaces) runs in HTTP mode: set SLACK_SIGNING_SECRET and unset SLACK_APP_TOKEN',
    path: ['SLACK_APP_TOKEN'],
  })
  .refine((env) => env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET, {
    message: 'set SLACK_SIGNING_SECRET for HTTP mode (Basic Information, "Signing Secret") or SLACK_APP_TOKEN for Socket Mode',
    path: ['SLACK_SIGNING_SECRET'],
  });
export type SlackConfig = z.infer<typeof SlackEnv>;

/** True when the environment asks for the Slack adapter: one workspace's token, or OAuth for many. */
export function slackConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID);
}

/** The OAuth settings when Slack runs for many workspaces; undefined in single-token mode. */
export function slackOAuth(config: SlackConfig): { clientId: string; clientSecret: string; stateSecret: string; redirectUri?: string } | undefined {
  if (!config.SLACK_CLIENT_ID) return undefined;
  return { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET!, stateSecret: config.SLACK_STATE_SECRET!, ...(config.SLACK_REDIRECT_URI ? { redirectUri: config.SLACK_REDIRECT_URI } : {}) };
}

/** Reads and validates the Slack settings, naming the setting at fault (never echoing a secret). */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const blank = (v: string | undefined) => (v ? v : undefined);
  const parsed = SlackEnv.safeParse({
    ...env,
    SLACK_BOT_TOKEN: blank(env.SLACK_BOT_TOKEN),
    SLACK_CLIENT_ID: blank(env.SLACK_CLIENT_ID),
    SLACK_CLIENT_SECRET: blank(env.SLACK_CLIENT_SECRET),
    SLACK_STATE_SECRET: blank(env.SLACK_STATE_SECRET),
    SLACK_REDIRECT_URI: blank(env.SLACK_REDIRECT_URI),
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
