import { expect } from 'vitest';
import { SLACK, SLACK_OAUTH, type FakeSlack } from '../fakes/fake-slack.ts';

/**
 * A workspace admin installs the app into `teamId` as a browser would: the bot's /slack/install (which sets
 * the state cookie and redirects), the fake Slack's consent page (which redirects back with a code), then
 * the bot's redirect URL registered on the fake, carrying the cookie. Resolves to that last response.
 */
export async function installWorkspace(fake: FakeSlack, installUrl: string, teamId: string): Promise<Response> {
  const start = await fetch(installUrl, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location')!);
  expect(consent.origin + consent.pathname).toBe(`${fake.url}/oauth/v2/authorize`);
  consent.searchParams.set('team', teamId);
  const approved = await fetch(consent, { redirect: 'manual' });
  expect(approved.status).toBe(302);
  const cookie = start.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return fetch(approved.headers.get('location')!, { headers: { cookie }, redirect: 'manual' });
}

/** A signed app_mention from `teamId`, as Slack posts it to /slack/events. */
export function mentionEvent(teamId: string, text: string, eventId: string): string {
  const ts = `1700000100.${eventId.replace(/\D/g, '').padStart(6, '0').slice(-6)}`;
  return JSON.stringify({
    token: 'legacy', team_id: teamId, api_app_id: 'A000', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: SLACK.userId, text, ts, channel: SLACK.channelId, event_ts: ts },
  });
}

/** The settings of a bot serving many workspaces through OAuth against the fake Slack at `apiUrl`. */
export function oauthEnv(apiUrl: string): Record<string, string> {
  return {
    SLACK_CLIENT_ID: SLACK_OAUTH.clientId,
    SLACK_CLIENT_SECRET: SLACK_OAUTH.clientSecret,
    SLACK_STATE_SECRET: SLACK_OAUTH.stateSecret,
    SLACK_SIGNING_SECRET: SLACK.signingSecret,
    SLACK_API_URL: apiUrl,
  };
}
