import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { Entry, Indicator } from '../knowledge/schema.ts';
import { normalizeText } from '../search/normalize.ts';
import { CHECK_PARAMETERS, type CheckParameters } from './check-parameters.ts';
import { refangText } from './fang.ts';
import { readDomain, type DomainName } from './domain-name.ts';

/** An organisation the knowledge base knows, as /check compares against it. */
export interface KnownOrganisation {
  entry: Extract<Entry, { kind: 'organisation' }>;
  /** Its short name as shown: "LICADHO". */
  label: string;
  /** Its real domains, where a source gives them. */
  domains: DomainName[];
  /** Single-word names ("licadho", "fireeye"), lower case, long enough to look for inside other words. */
  words: string[];
  /**
   * The words its own domains are made of ("licadho" from licadho-cambodia[.]org): a domain using one of
   * these is imitating the organisation. Other names are left out, as another company may own them
   * ("Mandiant" is FireEye's old name but mandiant.com is not a domain the knowledge base gives for it).
   */
  domainWords: string[];
  /** Names of several words, normalised ("cambodian league for the promotion and defense of human rights"). */
  phrases: string[];
}

/** An indicator from the knowledge base, in live form for comparing. */
export interface KnownIndicator {
  entry: Extract<Entry, { kind: 'indicator' }>;
  type: Indicator['type'];
  /** As written in the knowledge base (defanged). */
  value: string;
  live: string;
  note?: string;
}

/** What /check compares pasted text with, built from one knowledge snapshot. */
export interface CheckReference {
  organisations: KnownOrganisation[];
  indicators: KnownIndicator[];
  /** Domain indicators, read as domains, for lookalikes of the attackers' own domains. */
  indicatorDomains: { indicator: KnownIndicator; domain: DomainName }[];
  /** Indicators whose note names a lure file ("Interview-Questions.docx.js"); an attachment named in a note matches. */
  lureNotes: { indicator: KnownIndicator; note: string }[];
}

const references = new WeakMap<Knowledge, CheckReference>();

/**
 * The reference for a knowledge base, built once per loaded knowledge (it changes only on reload) with the
 * shipped parameters; other parameters (the corpus test's) build a fresh one.
 */
export function checkReference(knowledge: Knowledge, parameters: CheckParameters = CHECK_PARAMETERS): CheckReference {
  if (parameters !== CHECK_PARAMETERS) return buildReference(knowledge, parameters);
  let reference = references.get(knowledge);
  if (!reference) {
    reference = buildReference(knowledge, parameters);
    references.set(knowledge, reference);
  }
  return reference;
}

function buildReference(knowledge: Knowledge, parameters: CheckParameters): CheckReference {
  const organisations = knowledge.entries.flatMap((entry): KnownOrganisation[] => {
    if (entry.kind !== 'organisation') return [];
    const names = [...entry.names, entry.title.split(/[,(]/)[0]!.trim()];
    const words = [...new Set(names.filter((n) => /^[\p{L}\p{N}]+$/u.test(n)).map((n) => n.toLowerCase()))].filter(
      (w) => w.length >= parameters.minNameLength,
    );
    const phrases = [...new Set(names.map(normalizeText).filter((n) => n.includes(' ')))];
    const domains = entry.domains.map((d) => readDomain(refangText(d))).filter((d): d is DomainName => d !== undefined);
    const domainWords = words.filter((w) => domains.some((d) => d.name?.includes(w)));
    return [{ entry, label: entry.names[0] ?? entry.title, domains, words, domainWords, phrases }];
  });
  const indicators = knowledge.entries.flatMap((entry) =>
    entry.kind === 'indicator' ? entry.indicators.map((i) => ({ entry, type: i.type, value: i.value, live: refangText(i.value).toLowerCase(), note: i.note })) : [],
  );
  const indicatorDomains = indicators.flatMap((indicator) => {
    const domain = indicator.type === 'domain' ? readDomain(indicator.live) : undefined;
    return domain ? [{ indicator, domain }] : [];
  });
  const lureNotes = indicators.flatMap((indicator) =>
    indicator.note && /\.(?:js|docx?|pdf|exe|mp4|lnk|vbs|hta)\b/i.test(indicator.note) ? [{ indicator, note: indicator.note.toLowerCase() }] : [],
  );
  return { organisations, indicators, indicatorDomains, lureNotes };
}
