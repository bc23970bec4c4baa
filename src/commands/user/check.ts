import { holdsSomethingToCheck } from '../../check/run-check.ts';
import { z } from 'zod';
import { checkReply } from '../../check/check-reply.ts';
import { CHECK_PARAMETERS } from '../../check/check-parameters.ts';
import { checkMessage, holdsParts } from '../../check/run-check.ts';
import { reportSuggestion } from '../../report/report-replies.ts';
import { defineCommand } from '../define-command.ts';

export const checkCommand = defineCommand({
  name: 'check',
  bareWord: holdsSomethingToCheck,
  description: 'Check a suspicious message, sender, link or file name for warning signs (nothing is opened)',
  options: z.object({
    text: z
      .string()
      .trim()
      .min(1, 'paste a sender line, an address, a link, a domain or a whole message after /check')
      .max(CHECK_PARAMETERS.maxTextLength)
      .describe('The sender line, address, link, domain, file name or whole message to check'),
  }),
  permission: 'everyone',
  messageAction: { label: 'Check with ballotguard', option: 'text' },
  examples: ['/check LICADHO investigator <licadho.investigator@gmail.com>', '/check licadho-org[.]net', '/check Interview-Questions.docx.js'],
  run: async ({ text }, { snapshot, requester, reports }) => {
    const result = checkMessage(text, snapshot.knowledge);
    const checked = checkReply(result, snapshot);
    if (!reports || !holdsParts(result.parts)) return checked;
    // "Report to security" carries only the id of the held message; it asks before sending anything. When
    // the shared state cannot hold it, the check is still answered, without the button.
    const id = await Promise.resolve()
      .then(() => reports.held.hold(text, requester))
      .catch(() => undefined);
    return id ? { ...checked, suggestions: [reportSuggestion(id), ...checked.suggestions] } : checked;
  },
});
