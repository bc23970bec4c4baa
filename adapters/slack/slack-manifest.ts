import type { AnyCommand } from '../../src/commands/define-command.ts';
import { optionSpecs } from '../../src/commands/option-specs.ts';

/**
 * The least the adapter needs: read mentions and direct messages, run slash commands, post replies (and
 * ephemeral ones). Replies to DMs go to the DM's own channel, so no im:read or im:write. The App Home tab
 * (`app_home_opened`, `views.publish`) needs no scope beyond the bot user.
 */
export const SLACK_BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'im:history'];

/** The bot scopes to ask for: reading who moderates only when the operator moderates that way. */
export function slackBotScopes({ workspaceAdmins = false, userGroup = false }: { workspaceAdmins?: boolean; userGroup?: boolean }): string[] {
  return [...SLACK_BOT_SCOPES, ...(workspaceAdmins ? ['users:read'] : []), ...(userGroup ? ['usergroups:read'] : [])];
}

/** The one namespaced command, as Slack's command guidelines recommend: `/ballotguard targets ministry`. */
export const NAMESPACE_COMMAND = '/ballotguard';

/** Callback ids of message shortcuts: `bg:ma:` + the command they run ("Check with ballotguard" runs /check). */
export const MESSAGE_ACTION_PREFIX = 'bg:ma:';

/** The message shortcuts the command model offers, as the manifest declares them. */
export function messageShortcuts(commands: readonly AnyCommand[]) {
  return commands
    .filter((command) => command.messageAction && command.permission === 'everyone')
    .map((command) => ({
      name: command.messageAction!.label.slice(0, 80),
      type: 'message' as const,
      callback_id: `${MESSAGE_ACTION_PREFIX}${command.name}`,
      description: command.description.slice(0, 150),
    }));
}

/**
 * A Slack app manifest generated from the command model: each command declared once, with its usage hint.
 * With `requestUrl` the app uses HTTP (events, commands and buttons all post there); without, Socket Mode.
 * With `oauthRedirectUrl` workspaces install it through OAuth (/slack/install), for many workspaces.
 */
export function slackManifest(
  commands: readonly AnyCommand[],
  {
    requestUrl,
    style = 'both',
    workspaceAdmins = false,
    userGroup = false,
    oauthRedirectUrl,
  }: { requestUrl?: string; style?: 'short' | 'namespaced' | 'both'; workspaceAdmins?: boolean; userGroup?: boolean; oauthRedirectUrl?: string } = {},
) {
  const url = requestUrl ? { url: requestUrl } : {};
  const short = commands.map((command) => ({
    command: `/${command.name}`,
    description: command.description.slice(0, 100),
    usage_hint: optionSpecs(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ') || undefined,
    should_escape: false,
    ...url,
  }));
  const namespaced = { command: NAMESPACE_COMMAND, description: 'Ask ballotguard, or run one of its commands: /ballotguard help', usage_hint: '[command or question]', should_escape: false, ...url };
  return {
    display_information: {
      name: 'ballotguard',
      description: 'Election-security awareness: who attacked Cambodia\u2019s 2018 election, how, and what to do.',
      background_color: '#2b6cb0',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'ballotguard', always_online: true },
      slash_commands: [...(style === 'short' ? [] : [namespaced]), ...(style === 'namespaced' ? [] : short)],
      shortcuts: messageShortcuts(commands),
    },
    oauth_config: { ...(oauthRedirectUrl ? { redirect_urls: [oauthRedirectUrl] } : {}), scopes: { bot: slackBotScopes({ workspaceAdmins, userGroup }) } },
    settings: {
      // Uninstalls and revoked tokens remove a workspace's installation (many workspaces, through OAuth).
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}
