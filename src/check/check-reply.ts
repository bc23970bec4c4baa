import { combinedSources } from '../commands/combined-sources.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { reply, type Reply } from '../core/reply.ts';
import type { Entry } from '../knowledge/schema.ts';
import { CHECK_PARAMETERS } from './check-parameters.ts';
import { defang } from './fang.ts';
import type { Severity } from './finding.ts';
import type { CheckResult } from './run-check.ts';

/** How each severity is named where a finding is shown. */
export const MARK: Record<Severity, string> = { high: 'Warning', medium: 'Caution', low: 'Note' };

/** What to do, said on every check: a check can only show what it knows, never that a message is harmless. */
export const WHAT_TO_DO =
  'If the message was unexpected, confirm it with the sender through a channel you already know (a number or address you have, not one in the message), and report it to your security contact or IT team. Do not click, open attachments or reply meanwhile.';

/** Entries every check cites: how to check a sender, and how to report. */
const ALWAYS_CITED = ['advice-check-sender', 'advice-report-suspicious'];

/** The reply to /check: findings first with their reasons, then what was looked at, then what to do. Private. */
export function checkReply(result: CheckResult, snapshot: KnowledgeSnapshot): Reply {
  const { parts, domains, findings } = result;
  const looked = [
    count(parts.addresses.length, 'address', 'addresses'),
    count(parts.links.length, 'link', 'links'),
    count(parts.domains.length, 'domain', 'domains'),
    count(parts.attachments.length, 'attachment name', 'attachment names'),
  ].filter(Boolean);
  const suggestions = [
    { label: 'How to report it', run: '/advice report' },
    { label: 'How to check a sender', run: '/advice sender' },
    { label: 'Practise spotting fakes', run: '/quiz' },
  ];
  if (looked.length === 0) {
    return reply({
      kind: 'info',
      title: 'Nothing to check',
      body: `I found no address, link, domain or attachment name in that text. Paste the sender line (\`Name <address>\`), a link, a domain, a file name or the whole message.\n\n${WHAT_TO_DO}`,
      visibility: 'private',
      suggestions,
    });
  }
  const advice = `**What to do:** ${WHAT_TO_DO}`;
  const lines: string[] = [];
  let length = advice.length;
  for (const f of findings.slice(0, CHECK_PARAMETERS.maxFindingsShown)) {
    const line = `- **${MARK[f.severity]}:** ${f.reason}`;
    if (lines.length > 0 && length + line.length + 1 > CHECK_PARAMETERS.maxBodyChars - 40) break;
    lines.push(line);
    length += line.length + 1;
  }
  const more = findings.length - lines.length;
  if (more > 0) lines.push(`- \u2026and ${more} more (check the parts separately to see them).`);
  const body =
    findings.length > 0
      ? [...lines, '', advice].join('\n')
      : `Nothing I know matched: no indicator from the knowledge base, no lookalike of an organisation it knows, no risky attachment or misleading link. **This does not make the message safe**: new attacks use new addresses, domains and files.\n\n${advice}`;
  const domainLines = domains.slice(0, 8).map((d) =>
    d.isIp ? `${defang(d.host)}: an IP address` : `${defang(d.unicode)}: registered domain **${defang(d.registrable!)}**, public suffix .${defang(d.suffix!)}`,
  );
  const entries = [...new Set([...findings.flatMap((f) => f.entryIds), ...ALWAYS_CITED])]
    .map((id) => snapshot.knowledge.entriesById.get(id))
    .filter((e): e is Entry => e !== undefined);
  return reply({
    kind: findings.length > 0 ? 'answer' : 'info',
    title: findings.length > 0 ? `Check: ${findings.length} warning sign${findings.length === 1 ? '' : 's'}` : 'Check: nothing known matched',
    body,
    fields: [
      { name: 'Looked at', value: `${looked.join(', ')}. Nothing was opened, fetched or looked up.` },
      ...(domainLines.length > 0 ? [{ name: 'Domains', value: domainLines.join('\n') }] : []),
    ],
    sources: combinedSources(entries, snapshot),
    visibility: 'private',
    suggestions,
  });
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}
