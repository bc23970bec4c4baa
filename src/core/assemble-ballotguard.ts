import type { AnyCommand } from '../commands/define-command.ts';
import { createKnowledgeAdmin, type KnowledgeAdmin, type KnowledgeAdminOptions } from '../commands/moderator/knowledge-admin.ts';
import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { KnowledgeReloader, type ReloaderOptions } from '../knowledge/knowledge-reloader.ts';
import type { Records } from '../records/records.ts';
import type { HeldReportStore } from '../report/held-reports.ts';
import { createReportDesk, type ReportDesk } from '../report/report-desk.ts';
import { createBot, type Bot } from './bot.ts';
import type { ConversationStore } from './conversation-memory.ts';
import type { CooldownStore } from './cooldown.ts';
import type { PipelineObserver } from '../operations/metrics.ts';
import { createKnowledgeHolder, type KnowledgeHolder } from './knowledge-holder.ts';
import type { Logger } from './logger.ts';
import { createPipeline, type Pipeline, type PipelineDefaults } from './pipeline.ts';

export interface BallotguardOptions {
  knowledge: Knowledge;
  logger: Logger;
  /** With records: the directory the knowledge came from, so it can be reloaded and taught. */
  knowledgeDir?: string;
  records?: Records;
  /** Where maintainers' exports of records are written (DATA_DIR/exports). */
  exportDir?: string;
  /** Knowledge maintainers as `platform:userId`. */
  maintainers?: Iterable<string>;
  /** The operator's security channels as `platform:community:channel` (SECURITY_CHANNELS). */
  securityChannels?: Iterable<string>;
  defaults?: Partial<PipelineDefaults>;
  commands?: readonly AnyCommand[];
  reloader?: Pick<ReloaderOptions, 'onRefused' | 'onApplied' | 'debounceMs' | 'inWorker'>;
  /** Where cooldowns are kept when not in this process (Redis). */
  cooldown?: CooldownStore;
  /** Where reports wait for confirmation when not in this process (Redis). */
  heldReports?: HeldReportStore;
  /** Where follow-ups' context is kept when not in this process (Redis). */
  conversations?: ConversationStore;
  /** The cooldowns' clock, for tests. */
  now?: () => number;
  /** Told of a maintainer's knowledge change that applied here, for the other copies. */
  onKnowledgeChange?: KnowledgeAdminOptions['onChange'];
  /** Told what the pipeline does, for metrics. */
  observer?: PipelineObserver;
}

/** Everything a running ballotguard is made of, each built once, in dependency order. */
export interface Ballotguard {
  knowledge: KnowledgeHolder;
  reloader?: KnowledgeReloader;
  admin?: KnowledgeAdmin;
  bot: Bot;
  pipeline: Pipeline;
  reports: ReportDesk;
}

/**
 * Builds ballotguard in the one order without cycles: the knowledge holder, then the reloader that swaps
 * its snapshots, then knowledge administration over both, then the report desk, the bot, and the request
 * pipeline.
 * Start-up, the CLI and tests all build it here.
 */
export function assembleBallotguard(options: BallotguardOptions): Ballotguard {
  const { logger, records, knowledgeDir } = options;
  const knowledge = createKnowledgeHolder(options.knowledge);
  const reloader = knowledgeDir ? new KnowledgeReloader({ dir: knowledgeDir, knowledge, logger, ...options.reloader }) : undefined;
  const admin = reloader && records && knowledgeDir ? createKnowledgeAdmin({ dir: knowledgeDir, exportDir: options.exportDir, knowledge, reloader, records, onChange: options.onKnowledgeChange }) : undefined;
  const reports = createReportDesk({ records, logger, defaultChannels: options.securityChannels, held: options.heldReports });
  const bot = createBot({ knowledge, logger, admin, reports, conversations: options.conversations, ...(options.commands ? { commands: options.commands } : {}) });
  const pipeline = createPipeline({
    bot,
    logger,
    records,
    maintainers: new Set(options.maintainers ?? []),
    defaults: { cooldownSeconds: options.defaults?.cooldownSeconds ?? 3, answerMentions: options.defaults?.answerMentions ?? true },
    now: options.now,
    cooldown: options.cooldown,
    observer: options.observer,
    reports,
  });
  return { knowledge, reloader, admin, bot, pipeline, reports };
}
