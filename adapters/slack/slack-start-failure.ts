import type { SlackConfig } from './slack-config.ts';

/** Slack's answers to auth.test that mean the token itself is wrong, not the network. */
const REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * What went wrong starting Slack, told apart so the operator fixes the right thing: a rejected token, a
 * network that never reached Slack, or a port already taken.
 */
export function describeSlackStartFailure(error: unknown, config: Pick<SlackConfig, 'PORT' | 'SLACK_API_URL' | 'SLACK_APP_TOKEN'>): string {
  const failure = error as { code?: string; data?: { error?: string }; message?: string; syscall?: string };
  const api = config.SLACK_API_URL ?? 'https://slack.com/api/';
  if (failure.code === 'EADDRINUSE') return `port ${config.PORT} is already in use by another program: stop it, or set PORT to a free port.`;
  if (failure.code === 'EACCES' && failure.syscall === 'listen') return `port ${config.PORT} needs privileges this user lacks: set PORT to 1024 or above.`;
  const slackError = failure.data?.error;
  if (slackError && REJECTED.has(slackError)) {
    return `Slack rejected the credentials (${slackError}); check ${config.SLACK_APP_TOKEN ? 'SLACK_BOT_TOKEN and SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN'}: copy them again from the app's settings.`;
  }
  if (failure.code === 'slack_webapi_request_error' || failure.code === 'slack_webapi_http_error') {
    return `could not reach Slack at ${api} (${failure.message ?? 'no answer'}): check the network, proxy and SLACK_API_URL. The credentials were not checked.`;
  }
  if (slackError) return `Slack refused to start the app (${slackError}).`;
  return `Slack could not be started: ${failure.message ?? String(error)}`;
}
