import type { CheckParameters } from './check-parameters.ts';
import type { DomainName } from './domain-name.ts';
import { defang } from './fang.ts';
import type { Finding } from './finding.ts';
import type { CheckReference, KnownIndicator } from './known-names.ts';

/**
 * Matches with the indicators the knowledge base lists (domains, addresses, hashes, machine and file names),
 * compared in live form; a subdomain of a listed domain matches it.
 */
export function checkKnownIndicators(
  text: string,
  domains: readonly DomainName[],
  attachments: readonly string[],
  reference: CheckReference,
  parameters: CheckParameters,
): Finding[] {
  const findings: Finding[] = [];
  const lower = text.toLowerCase();
  for (const indicator of reference.indicators) {
    const hit =
      indicator.type === 'domain'
        ? domains.some((d) => d.host === indicator.live || d.host.endsWith(`.${indicator.live}`))
        : containsToken(lower, indicator.live);
    if (hit) findings.push(indicatorFinding(indicator, indicator.value));
  }
  for (const name of attachments) {
    const lowered = name.toLowerCase();
    if (lowered.length < parameters.minLureNameLength) continue;
    const lure = reference.lureNotes.find((l) => l.note.includes(lowered));
    if (lure) findings.push(indicatorFinding(lure.indicator, defang(name), `the file name ${code(name)} is one the knowledge base lists`));
  }
  return findings;
}

function indicatorFinding(indicator: KnownIndicator, subject: string, lead?: string): Finding {
  const what = lead ?? `**${subject}** is in the knowledge base`;
  const note = indicator.note ? ` (${indicator.note})` : '';
  return {
    kind: 'known-indicator',
    severity: 'high',
    subject,
    reason: `${what}: ${indicator.entry.title}${note}. These indicators are historical (2017\u20132018), but a match means the message involves infrastructure or files the sources tie to these attackers.`,
    entryIds: [indicator.entry.id],
  };
}

/** The value standing alone in the text, not as part of a longer name or number. */
function containsToken(text: string, value: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(value, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? ' ';
    const after = text[at + value.length] ?? ' ';
    if (!/[\p{L}\p{N}_.-]/u.test(before) && !/[\p{L}\p{N}_-]/u.test(after) && !/\.[\p{L}\p{N}]/u.test(text.slice(at + value.length, at + value.length + 2))) return true;
    from = at + 1;
  }
}

function code(text: string): string {
  return `\`${defang(text)}\``;
}
