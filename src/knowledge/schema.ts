import { z } from 'zod';
import { isDefanged } from './defang.ts';
import { reflowMarkdown } from './reflow-markdown.ts';

/** A stable identifier: lower-case words joined by hyphens. */
export const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "national-election-commission"');

/** YAML reads `date: 2025` as a number; dates are kept as ISO strings of a year, month or day. */
const IsoDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** YAML reads a bare `2024` as a number; in a text field it was meant as text. */
const Text = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().trim().min(1, 'must not be empty'),
);
const TextList = z.array(Text);

export const SourceSchema = z
  .object({
    id: EntryId,
    publisher: Text,
    title: Text,
    date: IsoDate,
    url: z.url('must be a full URL starting with http:// or https://').optional(),
    via: Text.optional(),
    reliability: z.enum(['high', 'medium', 'low']),
    note: Text.optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** In the order `/targets` lists them: election bodies first. */
export const Sector = z.enum([
  'election-administration',
  'government',
  'legislature',
  'opposition',
  'civil-society',
  'media',
  'diplomatic',
  'private-sector',
  'academia',
]);
export type Sector = z.infer<typeof Sector>;

/** Who was hit, and how far the sources say it went. */
const TargetInfo = {
  sector: Sector,
  country: Text,
  status: z.enum(['compromised', 'targeted']),
};

export const Audience = z.enum([
  'everyone',
  'election-staff',
  'journalists',
  'ngo-workers',
  'campaign-teams',
  'diplomats',
  'it-staff',
]);

const AttackMapping = z
  .object({
    id: z.string().regex(/^T\d{4}(?:\.\d{3})?$/, 'must be an ATT&CK technique ID such as T1566 or T1566.001'),
    name: Text,
    /** `mitre`: MITRE lists it for `group`; `knowledge-base`: this project's own matching (checked against MITRE's table). */
    mapping: z.enum(['mitre', 'knowledge-base']),
    /** The ATT&CK group the mapping is about, e.g. G0065 (Leviathan, MITRE's name for TEMP.Periscope). */
    group: z.string().regex(/^G\d{4}$/, 'must be an ATT&CK group ID such as G0065'),
    note: Text.optional(),
  })
  .strict();

const Indicator = z
  .object({
    value: Text,
    type: z.enum(['domain', 'ip', 'md5', 'sha256', 'hostname', 'filename', 'url']),
    note: Text.optional(),
  })
  .strict()
  .refine((indicator) => isDefanged(indicator.value, indicator.type), {
    message: 'must be defanged: write domains and IP addresses with "[.]", e.g. "example[.]com" or "10.0.0[.]1"',
    path: ['value'],
  });
export type Indicator = z.infer<typeof Indicator>;

/**
 * An organisation's own domain, written defanged like every domain in the knowledge ("example[.]org"):
 * /check compares senders and links against it to spot lookalikes.
 */
const OrganisationDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\[\.\])+[a-z]{2,}$/, 'must be a defanged domain name, e.g. "example[.]org"');

/** Fields every entry has, whatever its kind. */
const common = {
  id: EntryId,
  title: Text,
  /** The text the bot answers with (a small markdown subset); hard line wraps are joined. */
  answer: Text.transform(reflowMarkdown),
  /** Alternate phrasings of questions this entry answers. */
  questions: TextList.default([]),
  /** Names, aliases and spellings the entry is known by. */
  names: TextList.default([]),
  tags: TextList.default([]),
  /** Ids from the `sources:` lists. */
  sources: z.array(EntryId).min(1, 'name at least one source id (see knowledge/sources.yaml)'),
  /** Ids of entries offered as follow-ups. */
  related: z.array(EntryId).default([]),
  /** Where sources disagree: said, not silently resolved. */
  disputed: Text.optional(),
  /**
   * Never shown. Words the answer puts in quotation marks that are not held verbatim in a quote entry: a term,
   * a title or a name as a source words it, or a paraphrase. `kb check` requires every other quotation in an
   * answer to be word for word in some quote entry's `quote`.
   */
  paraphrases: TextList.optional(),
};

const entry = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), ...common, ...shape }).strict();

export const EntrySchema = z.discriminatedUnion('kind', [
  entry('actor', {
    attribution: Text.optional(),
    activeSince: Text.optional(),
    usualTargets: TextList.optional(),
  }),
  entry('target', TargetInfo),
  entry('technique', {
    attack: AttackMapping.optional(),
    inCampaign: Text.optional(),
  }),
  entry('malware', {
    malwareType: Text.optional(),
    status: z.enum(['new', 'known']),
  }),
  entry('indicator', { indicators: z.array(Indicator).min(1, 'list at least one indicator') }),
  entry('person', {
    /** Roles change: each says when it held, with a year ("as of July 2018, per Bloomberg"). */
    role: Text.refine((role) => /\b(?:19|20)\d{2}\b/.test(role), {
      message: 'say when this role held, with a year, e.g. "(as of July 2018, per Bloomberg)": roles change',
    }),
    target: z.object(TargetInfo).strict().optional(),
  }),
  entry('organisation', {
    orgType: Text,
    /** The organisation's real domains, only where a source gives them (named in a YAML comment). */
    domains: z.array(OrganisationDomain).default([]),
  }),
  entry('event', { date: IsoDate, approximate: z.boolean().default(false) }),
  /** `speaker`: the id of the person or organisation (for a report's own words) who said or wrote it; `quote`: word for word. */
  entry('quote', { speaker: EntryId, quote: Text }),
  entry('advice', { audience: z.array(Audience).min(1), steps: TextList.min(1, 'give at least one step') }),
  entry('campaign', { period: Text }),
  entry('faq', {}),
]);
export type Entry = z.infer<typeof EntrySchema>;
export type EntryKind = Entry['kind'];
export const ENTRY_KINDS = EntrySchema.options.map((option) => option.shape.kind.value) as EntryKind[];

/** A group of words and phrases that mean the same thing to a searcher. */
export const SynonymGroup = z.array(Text).min(2, 'a synonym group needs at least two words');

/**
 * A detail people ask for that no source gives ("what were the diplomats' names?"), listed under a file's
 * `unstated:`. Searched apart from the entries, so that listing one changes no entry's ranking: a question the
 * entry it is `about` would answer, but closer to one of these `questions`, is declined with this `answer`
 * (what the sources leave open), and the `about` entry offered.
 */
export const UnstatedSchema = z
  .object({
    id: EntryId,
    title: Text,
    answer: Text.transform(reflowMarkdown),
    questions: TextList.pipe(z.array(z.string()).min(1, 'give at least one question people ask for this detail')),
    about: EntryId,
    sources: z.array(EntryId).min(1, 'name at least one source id (see knowledge/sources.yaml)'),
  })
  .strict();
export type Unstated = z.infer<typeof UnstatedSchema>;

/** One knowledge file: any mix of sources, entries, synonym groups and unstated details. */
export const KnowledgeFileSchema = z
  .object({
    sources: z.array(SourceSchema).optional(),
    entries: z.array(EntrySchema).optional(),
    synonyms: z.array(SynonymGroup).optional(),
    unstated: z.array(UnstatedSchema).optional(),
  })
  .strict();
export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>;
