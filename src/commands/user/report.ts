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
 * random id of the message held in memory, never the message itself.
 */
export const reportCommand = defineCommand({
  name: 'report',
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
    const channel = reports.securityChannel(requester);
    const noChannel = () => noSecurityChannel(snapshot, { inCommunity: Boolean(requester.community) });
    const step = REPORT_STEP_PATTERN.exec(text);
    if (!step) {
      if (!channel) return noChannel();
      return reportOffer(reports.held.hold(text, requester), text);
    }
    const [, kind, id] = step as unknown as [string, ReportStep, string];
    if (kind === 'ref') {
      const held = reports.held.peek(id, requester);
      if (!held) return reportGone();
      return channel ? reportOffer(id, held.text) : noChannel();
    }
    if (kind === 'cancel') return reports.held.take(id, requester) ? reportCancelled() : reportGone();
    if (!channel || !requester.community) return noChannel();
    const held = reports.held.take(id, requester);
    if (!held) return reportGone();
    const named = kind === 'named';
    const post = reportPost(held.text, checkMessage(held.text, snapshot.knowledge).findings, named ? { name: requester.name, id: requester.id } : undefined);
    const outcome = await reports.post(requester.platform, { community: requester.community, channel }, post);
    return outcome === 'posted' ? reportSent(named) : reportFailed();
  },
});
