import { loadAttackData } from '../attack/attack-data.ts';
import { checkAttackReferences, checkSourceAttackReferences, mentionsAttack } from './check-attack-references.ts';
import { checkQuotations, type EntryProblem } from './check-quotations.ts';
import { refang } from './defang.ts';
import type { ParsedKnowledgeFile } from './parse-knowledge-file.ts';
import type { KnowledgeProblem } from './problems.ts';
import type { Entry, Source, Unstated } from './schema.ts';

/** A validated, immutable knowledge set: what the bot answers from. */
export interface Knowledge {
  readonly entries: readonly Entry[];
  readonly entriesById: ReadonlyMap<string, Entry>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly synonyms: readonly (readonly string[])[];
  /** Details people ask for that no source gives, searched apart from the entries (schema.ts: UnstatedSchema). */
  readonly unstated: readonly Unstated[];
  /** Which file (relative path) and line each entry came from. */
  readonly origins: ReadonlyMap<string, { file: string; line: number }>;
  readonly files: readonly string[];
  readonly loadedAt: Date;
  /**
   * Each entry's fingerprint by id (entry-fingerprint.ts), when the loader computed them (the reload
   * worker does): a reload's change diff then only compares.
   */
  readonly fingerprints?: ReadonlyMap<string, string>;
}

export type AssembleResult = { ok: true; knowledge: Knowledge } | { ok: false; problems: KnowledgeProblem[] };

/**
 * Combines parsed files into one knowledge set and applies the rules that span files: unique ids,
 * references that resolve, quotes by known people or organisations, no live (un-defanged) copy of an
 * indicator, quotations in answers that are word for word (check-quotations.ts), and ATT&CK ids and names
 * as MITRE's shipped table has them (check-attack-references.ts).
 */
export function assembleKnowledge(
  files: readonly ParsedKnowledgeFile[],
  { checkReferences = true }: { checkReferences?: boolean } = {},
): AssembleResult {
  const problems: KnowledgeProblem[] = [];
  const entriesById = new Map<string, Entry>();
  const sources = new Map<string, Source>();
  const origins = new Map<string, { file: string; line: number }>();
  const sourceOrigins = new Map<string, string>();
  const synonyms: string[][] = [];
  const unstated: { item: Unstated; file: ParsedKnowledgeFile; index: number }[] = [];
  const entries: Entry[] = [];
  const located: { entry: Entry; file: ParsedKnowledgeFile; index: number }[] = [];
  const locatedSources: { source: Source; file: ParsedKnowledgeFile; index: number }[] = [];

  for (const file of files) {
    file.content.sources?.forEach((source, index) => {
      const first = sourceOrigins.get(source.id);
      if (first) {
        problems.push(file.locate(['sources', index, 'id'], `duplicate source id "${source.id}", first defined in ${first}`));
        return;
      }
      const here = file.locate(['sources', index], '');
      sourceOrigins.set(source.id, `${here.file}:${here.line}`);
      sources.set(source.id, source);
      locatedSources.push({ source, file, index });
    });
    file.content.entries?.forEach((entry, index) => {
      const first = origins.get(entry.id);
      if (first) {
        problems.push(
          file.locate(['entries', index, 'id'], `duplicate entry id "${entry.id}", first defined in ${first.file}:${first.line}`),
        );
        return;
      }
      const here = file.locate(['entries', index], '');
      origins.set(entry.id, { file: here.file, line: here.line });
      entriesById.set(entry.id, entry);
      entries.push(entry);
      located.push({ entry, file, index });
    });
    for (const group of file.content.synonyms ?? []) synonyms.push(group);
    file.content.unstated?.forEach((item, index) => unstated.push({ item, file, index }));
  }

  const liveIndicators = entries.flatMap((entry) =>
    entry.kind === 'indicator'
      ? entry.indicators.filter((i) => i.value.includes('[.]')).map((i) => ({ live: refang(i.value), value: i.value }))
      : [],
  );

  for (const { entry, file, index } of checkReferences ? located : []) {
    const at = (path: PropertyKey[], message: string) => problems.push(file.locate(['entries', index, ...path], message));
    entry.sources.forEach((id, i) => {
      if (!sources.has(id)) at(['sources', i], `unknown source "${id}"; add it to a \`sources:\` list or fix the id`);
    });
    entry.related.forEach((id, i) => {
      if (id === entry.id) at(['related', i], 'an entry cannot be related to itself');
      else if (!entriesById.has(id)) at(['related', i], `unknown entry "${id}"; fix the id or remove it`);
    });
    if (entry.kind === 'quote') {
      const speaker = entriesById.get(entry.speaker);
      if (!speaker) at(['speaker'], `unknown person or organisation "${entry.speaker}"; add its entry or fix the id`);
      else if (speaker.kind !== 'person' && speaker.kind !== 'organisation') {
        at(['speaker'], `"${entry.speaker}" is a ${speaker.kind}, not a person or organisation`);
      }
    }
    const text = searchableText(entry);
    for (const { live, value } of liveIndicators) {
      if (containsLive(text, live)) at(['answer'], `"${live}" must be written defanged, as "${value}"`);
    }
  }

  const unstatedIds = new Map<string, string>();
  for (const { item, file, index } of unstated) {
    const at = (path: PropertyKey[], message: string) => problems.push(file.locate(['unstated', index, ...path], message));
    const first = origins.get(item.id);
    const here = file.locate(['unstated', index], '');
    if (first || unstatedIds.has(item.id)) {
      at(['id'], `duplicate id "${item.id}", first defined in ${first ? `${first.file}:${first.line}` : unstatedIds.get(item.id)}`);
      continue;
    }
    unstatedIds.set(item.id, `${here.file}:${here.line}`);
    if (!checkReferences) continue;
    if (!entriesById.has(item.about)) at(['about'], `unknown entry "${item.about}"; name the entry that says what the sources do give`);
    item.sources.forEach((id, i) => {
      if (!sources.has(id)) at(['sources', i], `unknown source "${id}"; add it to a \`sources:\` list or fix the id`);
    });
    for (const { live, value } of liveIndicators) {
      if (containsLive([item.title, item.answer, ...item.questions].join('\n'), live)) at(['answer'], `"${live}" must be written defanged, as "${value}"`);
    }
  }

  if (checkReferences) {
    const editorial: Map<Entry, EntryProblem[]>[] = [checkQuotations(entries)];
    // MITRE's table is loaded only for knowledge that refers to ATT&CK at all.
    const sourceList = locatedSources.map((s) => s.source);
    const attack = mentionsAttack(entries, sourceList) ? loadAttackData() : undefined;
    if (attack) editorial.push(checkAttackReferences(entries, attack));
    for (const { entry, file, index } of located) {
      for (const found of editorial) {
        for (const { path, message } of found.get(entry) ?? []) problems.push(file.locate(['entries', index, ...path], message));
      }
    }
    const sourceProblems = attack ? checkSourceAttackReferences(sourceList, attack) : new Map();
    for (const { source, file, index } of locatedSources) {
      for (const { path, message } of sourceProblems.get(source) ?? []) problems.push(file.locate(['sources', index, ...path], message));
    }
  }

  if (checkReferences && entries.length === 0 && problems.length === 0) {
    problems.push({ file: '.', line: 1, column: 1, field: '', message: 'no entries found: the knowledge directory has no `entries:`' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    knowledge: {
      entries,
      entriesById,
      sources,
      synonyms,
      unstated: unstated.map((u) => u.item),
      origins,
      files: files.map((f) => f.file),
      loadedAt: new Date(),
    },
  };
}

function searchableText(entry: Entry): string {
  return [entry.title, entry.answer, ...entry.questions, ...entry.names, ...entry.tags].join('\n');
}

/** A live copy is the refanged value standing alone, not part of a longer host name or number. */
function containsLive(text: string, live: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(live, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? ' ';
    const after = text[at + live.length] ?? ' ';
    if (!/[\w.-]/.test(before) && !/[\w-]/.test(after)) return true;
    from = at + 1;
  }
}
