import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.ts';
import { planRoles } from '../../src/core/roles.ts';

const both = { discord: true, slack: true };

describe('BALLOTGUARD_ROLES', () => {
  it('runs everything configured in one process when unset, the console when nothing is', () => {
    expect(planRoles(undefined, both)).toEqual({ discord: true, slack: true, console: false, worker: true });
    expect(planRoles('  ', { discord: false, slack: true })).toEqual({ discord: false, slack: true, console: false, worker: true });
    expect(planRoles(undefined, { discord: false, slack: false })).toEqual({ discord: false, slack: false, console: true, worker: true });
  });

  it('runs exactly the roles named, in any combination and spelling of separators', () => {
    expect(planRoles('slack', both)).toEqual({ discord: false, slack: true, console: false, worker: false });
    expect(planRoles('discord|worker', both)).toEqual({ discord: true, slack: false, console: false, worker: true });
    expect(planRoles('Worker', { discord: false, slack: false })).toEqual({ discord: false, slack: false, console: false, worker: true });
    expect(planRoles('slack, discord ,worker', both)).toEqual({ discord: true, slack: true, console: false, worker: true });
  });

  it('names the setting for an unknown role, or a platform role without its credentials', () => {
    expect(() => planRoles('slack,gateway', both)).toThrow(ConfigError);
    expect(() => planRoles('slack,gateway', both)).toThrow('BALLOTGUARD_ROLES: "gateway" is not a role; use any of discord, slack, worker');
    expect(() => planRoles('discord', { discord: false, slack: true })).toThrow('BALLOTGUARD_ROLES includes discord but DISCORD_TOKEN is not set');
    expect(() => planRoles('slack,worker', { discord: true, slack: false })).toThrow('BALLOTGUARD_ROLES includes slack but SLACK_BOT_TOKEN is not set');
  });
});
