import { combinedSources } from '../commands/combined-sources.ts';
import { MARK } from '../check/check-reply.ts';
import type { Finding } from '../check/finding.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { errorReply, reply, type Reply } from '../core/reply.ts';
import { REPORTS } from '../parameters.ts';
import { defangMessage } from './defang-message.ts';

/** The knowledge entry that says whom to tell when there is no security channel to post to. */
export const REPORTING_ADVICE = 'advice-report-suspicious';

/** What the buttons of a held report run: `/report <step>:<id>`; the id is random, the message stays where it is held. */
export const REPORT_STEPS = ['ref', 'send', 'named', 'cancel'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];
export const REPORT_STEP_PATTERN = /^(ref|send|named|cancel):([A-Za-z0-9_-]{16})$/;
export const reportRun = (step: ReportStep, id: string) => `/report ${step}:${id}`;

/** The button a /check reply carries: it opens the confirmation, sending nothing yet. */
export const reportSuggestion = (id: string) => ({ label: 'Report to security', run: reportRun('ref', id) });

/** The message as the security channel and its sender see it: defanged, shortened, never a link. */
function excerpt(text: string): string {
  const safe = defangMessage(text).trim();
  return safe.length > REPORTS.maxMessageChars ? `${safe.slice(0, REPORTS.maxMessageChars - 1)}\u2026` : safe;
}

/** The confirmation step: what would be sent and where, and the three choices. Nothing is sent yet. */
export function reportOffer(id: string, text: string): Reply {
  return reply({
    kind: 'info',
    title: 'Report this message to your security contacts?',
    body:
      'I will post the message below, defanged so nothing in it is clickable, with what my check found, in your community\u2019s security channel. ' +
      '**Send report** sends it without your name; **Send with my name** adds your name so they can ask you about it. Nothing is sent until you choose.',
    fields: [{ name: 'Message (defanged)', value: excerpt(text) || '(no text)' }],
    visibility: 'private',
    suggestions: [
      { label: 'Send report', run: reportRun('send', id) },
      { label: 'Send with my name', run: reportRun('named', id) },
      { label: 'Cancel', run: reportRun('cancel', id) },
    ],
  });
}

/** No security channel to post to: whom to tell instead, from the knowledge base's advice on reporting. */
export function noSecurityChannel(snapshot: KnowledgeSnapshot, { inCommunity }: { inCommunity: boolean }): Reply {
  const advice = snapshot.knowledge.entriesById.get(REPORTING_ADVICE);
  const steps = advice && 'steps' in advice ? (advice.steps as string[]) : [];
  const first = inCommunity
    ? 'This community has not chosen a security channel, so I cannot pass the message on (moderators can choose one with `/settings security #channel`). Nothing was sent.'
    : 'Reports go to the security channel of a server or workspace; here there is none, so nothing was sent.';
  return reply({
    kind: 'info',
    title: 'Whom to tell',
    body: [first, '', '**Report it yourself:**', ...steps.map((s) => `- ${s}`)].join('\n'),
    sources: advice ? combinedSources([advice], snapshot) : [],
    visibility: 'private',
    suggestions: [{ label: 'How to report it', run: '/advice report' }],
  });
}

/** The report as posted in the security channel. It names the reporter only if they chose to be named. */
export function reportPost(text: string, findings: readonly Finding[], reporter?: { name?: string; id: string }): Reply {
  const name = reporter?.name?.replace(/[*_`[\]<>|~]/g, '').trim();
  const by = reporter
    ? `Reported by ${name ? `**${name}** (user id ${reporter.id})` : `user id ${reporter.id}`}, who asked to be named.`
    : 'Reported by a member who chose not to give their name.';
  const found =
    findings.length > 0
      ? findings.slice(0, 8).map((f) => `- **${MARK[f.severity]}:** ${f.reason}`)
      : ['- Nothing known matched; the member found it suspicious. That does not make it safe.'];
  if (findings.length > 8) found.push(`- \u2026and ${findings.length - 8} more.`);
  return reply({
    kind: 'info',
    title: 'Suspicious message reported',
    body: [by, '', '**What the check found:**', ...found, '', 'The message is shown defanged. Do not open its links or attachments; ask the reporter for the original if you need its headers.'].join('\n'),
    fields: [{ name: 'Message (defanged)', value: excerpt(text) || '(no text)' }],
    visibility: 'public',
  });
}

export const reportSent = (named: boolean): Reply =>
  reply({
    kind: 'info',
    title: 'Report sent',
    body: `Your security contacts have the message and what the check found${named ? ', with your name' : ', without your name'}. Meanwhile do not click, open attachments or reply.`,
    visibility: 'private',
  });

export const reportCancelled = (): Reply => reply({ kind: 'info', title: 'Report cancelled', body: 'Nothing was sent, and the message is no longer held.', visibility: 'private' });

export const reportGone = (): Reply =>
  errorReply('This report has expired', 'I keep a message waiting to be reported for a short while only, and only for the person who checked it. Run `/check` or `/report` on it again.');

export const reportFailed = (): Reply =>
  errorReply(
    'The report could not be posted',
    'I could not post in your community\u2019s security channel (it may be gone, or I may not be allowed in it). Nothing was sent: tell a moderator, and report the message to your security contact yourself meanwhile.',
    [{ label: 'How to report it', run: '/advice report' }],
  );

export const reportsUnavailable = (): Reply => errorReply('Not available here', 'Reports to a security channel are sent by the bot in a server or workspace (`npm start`), not here.');
