import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.ts';
import type { Installations } from '../../src/records/installations.ts';

const PLATFORM = 'slack';

/** An organisation-wide install answers for every workspace of the organisation; otherwise one workspace. */
function keyOf(query: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string {
  return query.isEnterpriseInstall && query.enterpriseId ? `enterprise:${query.enterpriseId}` : `team:${query.teamId ?? ''}`;
}

/** Slack's installations for Bolt's OAuth, kept in the records database. The log names no workspace and no token. */
export class SlackInstallations implements InstallationStore {
  constructor(
    private readonly store: Installations,
    private readonly logger: Logger,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
    await this.store.save(PLATFORM, key, JSON.stringify(installation));
    this.logger.info({ installations: await this.store.count(PLATFORM) }, 'slack workspace installed the app');
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = (query.isEnterpriseInstall ? undefined : await this.store.find(PLATFORM, keyOf(query))) ?? (query.enterpriseId ? await this.store.find(PLATFORM, keyOf({ ...query, isEnterpriseInstall: true })) : undefined);
    // Bolt turns this into "authorization did not succeed": the workspace's events are acknowledged and ignored.
    if (!found) throw new Error('this workspace has not installed the app (or has uninstalled it)');
    return JSON.parse(found) as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const removed = await this.store.remove(PLATFORM, keyOf(query));
    this.logger.info({ removed, installations: await this.store.count(PLATFORM) }, 'slack workspace uninstalled the app');
  }

  /** The bot token of a workspace, to post outside an event's own listener (reports, moderator notices). */
  async botToken(teamId: string | undefined, enterpriseId?: string): Promise<string | undefined> {
    if (!teamId && !enterpriseId) return undefined;
    try {
      return (await this.fetchInstallation({ teamId, enterpriseId, isEnterpriseInstall: false } as InstallationQuery<boolean>)).bot?.token;
    } catch {
      return undefined;
    }
  }
}
