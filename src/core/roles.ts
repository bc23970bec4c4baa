import { ConfigError } from './errors.ts';

/** What a process can be: a Discord gateway client, a Slack server, the worker that runs retention. */
export const ROLES = ['discord', 'slack', 'worker'] as const;
export type Role = (typeof ROLES)[number];

/** What this process runs. */
export interface ProcessPlan {
  discord: boolean;
  slack: boolean;
  /** The console chat: only in the default plan with no platform configured. */
  console: boolean;
  /** Records retention (and other upkeep that must run once per deployment, not once per copy). */
  worker: boolean;
}

/**
 * Reads BALLOTGUARD_ROLES (`discord`, `slack`, `worker`, any combination separated by commas, spaces or `|`).
 * Unset, one process does everything it is configured for, as it always has: each platform whose
 * credentials are set (the console when none is), and the worker. Set, it runs exactly those roles, so an
 * operator can run gateway processes, Slack HTTP copies and one worker apart; a platform role without its
 * credentials is a configuration error, not a silent console.
 */
export function planRoles(setting: string | undefined, configured: { discord: boolean; slack: boolean }): ProcessPlan {
  if (!setting?.trim()) return { ...configured, console: !configured.discord && !configured.slack, worker: true };
  const named = setting.split(/[\s,|]+/).filter(Boolean).map((role) => role.toLowerCase());
  const unknown = named.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new ConfigError(`BALLOTGUARD_ROLES: ${unknown.map((role) => JSON.stringify(role.slice(0, 20))).join(', ')} is not a role; use any of ${ROLES.join(', ')}, e.g. BALLOTGUARD_ROLES=slack,worker`);
  const roles = new Set(named as Role[]);
  if (roles.has('discord') && !configured.discord) throw new ConfigError('BALLOTGUARD_ROLES includes discord but DISCORD_TOKEN is not set');
  if (roles.has('slack') && !configured.slack) throw new ConfigError('BALLOTGUARD_ROLES includes slack but SLACK_BOT_TOKEN is not set');
  return { discord: roles.has('discord'), slack: roles.has('slack'), console: false, worker: roles.has('worker') };
}
