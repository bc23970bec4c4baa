import { holdsSomethingToCheck } from '../../check/run-check.ts';
import { z } from 'zod';
import { CHECK_PARAMETERS } from '../../check/check-parameters.ts';
import { checkMessage } from '../../check/run-check.ts';
import {
  noSecurityChannel,
  REPORT_STEP_PATTERN,
  reportCancelled,
  reportFailed,
  reportGone,
  reportOffer,
  reportPost,
  reportSent,
  reportsUnavailable,
  type ReportStep,
} from '../../report/report-replies.ts';
import { defineCommand } from '../define-command.ts';

/**
 * Reports a suspicious message to a person: the community's security channel (`/settings security`). It
 * always asks first; the buttons of that question carry `/report send:<id>` (or named:, cancel:) with the
 * random id of the held message (src/report/held-reports.ts), never the message itself.
 */
export const reportCommand = defineCommand({
  name: 'report',
  bareWord: holdsSomethingToCheck,
  description: 'Report a suspicious message to your community\u2019s security contacts (you confirm first)',
  options: z.object({
    text: z
      .string()
      .trim()
      .min(1, 'paste the suspicious message (or its sender line, link or file name) after /report')
      .max(CHECK_PARAMETERS.maxTextLength)
      .describe('The suspicious message, sender line, link or file name to report'),
  }),
  permission: 'everyone',
  replies: 'private',
  examples: ['/report From: LICADHO <info@licadho-survey.com> Please open the attached questions.'],
  run: async ({ text }, { snapshot, requester, reports }) => {
    if (!reports) return reportsUnavailable();
    const noChannel = (community: string | undefined) => noSecurityChannel(snapshot, { inCommunity: Boolean(community) });
    const step = REPORT_STEP_PATTERN.exec(text);
    if (!step) {
      if (!(await reports.securityChannel(requester))) return noChannel(requester.community);
      return reportOffer(await reports.held.hold(text, requester), text);
    }
    const [, kind, id] = step as unknown as [string, ReportStep, string];
    const held = await reports.held.peek(id, requester);
    if (!held) return reportGone();
    // The report goes where the message was checked, even when confirmed elsewhere (a direct message).
    const community = held.community;
    const channel = await reports.securityChannel({ platform: requester.platform, community });
    if (kind === 'cancel') return (await reports.held.take(id, requester)) ? reportCancelled() : reportGone();
    if (!channel || !community) return noChannel(community);
    if (kind === 'ref') return reportOffer(id, held.text);
    // Taken before posting: of two clicks (on two copies), only the one that takes it sends it.
    if (!(await reports.held.take(id, requester))) return reportGone();
    const named = kind === 'named';
    const post = reportPost(held.text, checkMessage(held.text, snapshot.knowledge).findings, named ? { name: requester.name, id: requester.id } : undefined);
    const outcome = await reports.post(requester.platform, { community, channel }, post);
    return outcome === 'posted' ? reportSent(named) : reportFailed();
  },
});
