import type { Entry } from '../knowledge/schema.ts';

/** The searchable fields of an entry, from the most telling to the least. */
export const FIELDS = ['names', 'title', 'questions', 'tags', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** A term in one of these fields says what the entry is *about*; in the body it may be a passing mention. */
export const STRONG_FIELDS: ReadonlySet<FieldName> = new Set(['names', 'title', 'questions', 'tags']);

/** The text of each field; `questions` keeps each alternate question apart. */
export interface EntryFieldText {
  names: string[];
  title: string[];
  questions: string[];
  tags: string[];
  body: string[];
}

export function entryFieldText(entry: Entry): EntryFieldText {
  return {
    // An indicator's value is what it is called: "scsnewstoday[.]com" names that entry; so is a technique's ATT&CK
    // ID ("T1189?" asks for the drive-by entry, not for any entry that lists the ID in passing).
    names: entry.kind === 'indicator' ? [...entry.names, ...entry.indicators.map((i) => i.value)] : entry.kind === 'technique' && entry.attack ? [...entry.names, entry.attack.id] : entry.names,
    title: [entry.title],
    questions: entry.questions,
    // Who advice is for is part of what it is about: "journalist security advice".
    tags: entry.kind === 'advice' ? [...entry.tags, ...entry.audience.map((a) => a.replace('-', ' '))] : entry.tags,
    body: [entry.answer, ...kindSpecificText(entry), entry.disputed ?? ''],
  };
}

/** Structured fields that are worth finding by search but are not in the answer text. */
function kindSpecificText(entry: Entry): string[] {
  switch (entry.kind) {
    case 'actor':
      return [entry.attribution ?? '', entry.activeSince ?? '', ...(entry.usualTargets ?? [])];
    case 'target':
      return [entry.sector.replace('-', ' '), entry.country, entry.status];
    case 'technique':
      return [entry.attack?.id ?? '', entry.attack?.name ?? '', entry.inCampaign ?? ''];
    case 'malware':
      return [entry.malwareType ?? '', entry.status];
    case 'indicator':
      return entry.indicators.map((i) => i.note ?? '');
    case 'person':
      return [entry.role];
    case 'organisation':
      return [entry.orgType];
    case 'quote':
      return [entry.quote];
    case 'advice':
      return entry.steps;
    case 'campaign':
      return [entry.period];
    case 'event':
    case 'faq':
      return [];
  }
}
