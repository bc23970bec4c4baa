/** What /check can find; each kind is explained in the reply in words, never by its code. */
export type FindingKind =
  | 'known-indicator'
  | 'indicator-lookalike'
  | 'organisation-lookalike'
  | 'free-mail-impersonation'
  | 'name-mismatch'
  | 'reply-to-mismatch'
  | 'unusual-characters'
  | 'risky-attachment'
  | 'link-text-mismatch'
  | 'risky-link';

/** How much a finding should worry the reader: "high" ones are what the 2018 attackers did, or near enough. */
export type Severity = 'high' | 'medium' | 'low';

/** One reason for suspicion, with the knowledge entries whose sources back it. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** The thing it is about, defanged, as shown: "licadho-org[.]net", "Interview-Questions[.]docx[.]js". */
  subject: string;
  /** One or two sentences of the reply's markdown subset; every domain in it defanged. */
  reason: string;
  /** Entries of the knowledge base this rests on (their sources are cited); ids absent from the knowledge are skipped. */
  entryIds: string[];
}

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most serious first; one finding per kind and subject. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.kind} ${f.subject}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
