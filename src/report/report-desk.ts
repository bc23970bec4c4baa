import type { Logger } from '../core/logger.ts';
import type { Reply } from '../core/reply.ts';
import type { Records } from '../records/records.ts';
import { HeldReports, type HeldReportStore } from './held-reports.ts';

/** Where a report goes: a channel of the community it was made in. */
export interface ReportTarget {
  community: string;
  channel: string;
}

/**
 * Posts a reply into a channel of a community; given by each adapter, which alone can reach its platform.
 * It must refuse a channel outside the community, ping nobody, and throw when the post fails.
 */
export type ChannelPoster = (target: ReportTarget, reply: Reply) => Promise<void>;

/** How a post went: sent, no adapter of that platform running, or refused by the platform. */
export type PostOutcome = 'posted' | 'no-poster' | 'failed';

/**
 * Reporting to a person: the messages waiting for confirmation, each community's security channel, and the
 * adapters' ways to post into it. /report asks it; /check holds messages in it for the "Report" button.
 */
export interface ReportDesk {
  readonly held: HeldReportStore;
  /** The community's security channel (`/settings security`), else the operator's for it, if any. */
  securityChannel(place: { platform: string; community?: string }): Promise<string | undefined>;
  registerPoster(platform: string, poster: ChannelPoster): void;
  post(platform: string, target: ReportTarget, reply: Reply): Promise<PostOutcome>;
}

export interface ReportDeskOptions {
  records?: Pick<Records, 'communitySettings'>;
  logger: Logger;
  /** The operator's security channels (SECURITY_CHANNELS) as `platform:community:channel`, used where a community chose none. */
  defaultChannels?: Iterable<string>;
  /** Where messages wait for confirmation when not in this process (Redis). */
  held?: HeldReportStore;
  now?: () => number;
}

export function createReportDesk({ records, logger, defaultChannels = [], held, now }: ReportDeskOptions): ReportDesk {
  const posters = new Map<string, ChannelPoster>();
  const defaults = new Map([...defaultChannels].map((entry) => {
    const [platform, community, channel] = entry.split(':');
    return [`${platform}:${community}`, channel!] as const;
  }));
  return {
    held: held ?? new HeldReports(now),
    async securityChannel({ platform, community }) {
      if (!community) return undefined;
      const fallback = defaults.get(`${platform}:${community}`);
      if (!records) return fallback;
      try {
        return (await records.communitySettings({ platform, community })).securityChannel ?? fallback;
      } catch (error) {
        logger.error({ err: error }, 'could not read community settings for a report');
        return fallback;
      }
    },
    registerPoster(platform, poster) {
      posters.set(platform, poster);
    },
    async post(platform, target, reply) {
      const poster = posters.get(platform);
      if (!poster) return 'no-poster';
      try {
        await poster(target, reply);
        return 'posted';
      } catch (error) {
        // Only the platform's error code: its errors can carry the message that was being sent.
        logger.warn({ code: (error as { code?: unknown }).code ?? (error as { data?: { error?: unknown } }).data?.error }, 'could not post a report to a security channel');
        return 'failed';
      }
    },
  };
}
