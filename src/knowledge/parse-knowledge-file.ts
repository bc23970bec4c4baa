import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { OPERATING_LIMITS } from '../core/operating-limits.ts';
import type { z } from 'zod';
import { KnowledgeFileSchema, type KnowledgeFile } from './schema.ts';
import { formatFieldPath, type KnowledgeProblem } from './problems.ts';
import { readPlainYaml } from './read-plain-yaml.ts';

/** Where each item of a top-level list (`entries`, `sources`) starts. */
export type ItemPositions = Record<string, readonly ({ line: number; col: number } | undefined)[]>;

/** A parsed file that can still answer "which line is this field on?" for later checks. */
export interface ParsedKnowledgeFile {
  file: string;
  content: KnowledgeFile;
  /** What `locate` works from, and all of a parsed file that a worker thread posts (withLocator restores the rest). */
  text: string;
  positions: ItemPositions;
  locate(path: readonly PropertyKey[], message: string): KnowledgeProblem;
}

/** A parsed file posted by another thread, able to locate again. */
export function withLocator(parsed: Omit<ParsedKnowledgeFile, 'locate'>): ParsedKnowledgeFile {
  return { ...parsed, locate: keptLocator(parsed.file, parsed.text, parsed.positions) };
}

type Locate = ParsedKnowledgeFile['locate'];

export type ParseResult = { ok: true; parsed: ParsedKnowledgeFile } | { ok: false; problems: KnowledgeProblem[] };

/** Parses and validates one knowledge file's text; `file` is only used to label problems. */
export function parseKnowledgeFile(file: string, text: string): ParseResult {
  if (text.length > OPERATING_LIMITS.maxFileBytes) {
    return { ok: false, problems: [{ file, line: 1, column: 1, field: '', message: `the file has ${text.length} characters; a knowledge file may have at most ${OPERATING_LIMITS.maxFileBytes}: split it into several files` }] };
  }
  return readValidFile(file, text) ?? parseKnowledgeFilePrecisely(file, text);
}

/**
 * A valid plain file read the fast way (read-plain-yaml.ts); `undefined` for any file that is not plain or
 * not valid, or has an entry or answer that may be over its size limit: that file is read again by the
 * `yaml` library, which says what is wrong and where, exactly as it did before the fast way existed.
 */
function readValidFile(file: string, text: string): ParseResult | undefined {
  const plain = readPlainYaml(text);
  if (plain === undefined || plain.data === null || plain.data === undefined) return undefined;
  const entries = plain.items.get('entries') ?? [];
  if (entries.some((item) => item.maxLength > OPERATING_LIMITS.maxEntryChars)) return undefined;
  const listed = (plain.data as { entries?: unknown }).entries;
  const longAnswer = (entry: unknown) => {
    const answer = (entry as { answer?: unknown } | null)?.answer;
    return typeof answer === 'string' && answer.length > OPERATING_LIMITS.maxAnswerChars;
  };
  if (Array.isArray(listed) && listed.some(longAnswer)) return undefined;
  const result = KnowledgeFileSchema.safeParse(plain.data, { reportInput: true });
  if (!result.success) return undefined;
  return { ok: true, parsed: withLocator({ file, text, content: result.data, positions: { entries, sources: plain.items.get('sources') ?? [] } }) };
}

/**
 * Parses and validates with the `yaml` library, which locates every problem: what parseKnowledgeFile does
 * for any file the fast way declines (exported so tests can show both ways agree).
 */
export function parseKnowledgeFilePrecisely(file: string, text: string): ParseResult {
  const whole = (message: string): ParseResult => ({ ok: false, problems: [{ file, line: 1, column: 1, field: '', message }] });
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return whole('the YAML nests too deeply to read (thousands of levels); knowledge files need only a few');
    throw error;
  }
  const locate = locator(file, doc, lineCounter);

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        // The parser gives up on very deep nesting with the engine's own words; say what they mean.
        const message = /call stack/i.test(error.message) ? 'the YAML nests too deeply to read (thousands of levels); knowledge files need only a few' : `YAML syntax: ${firstLine(error.message)}`;
        return { file, line, column: col, field: '', message };
      }),
    };
  }
  const oversized = sizeProblems(doc, locate);
  if (oversized.length > 0) return { ok: false, problems: oversized };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: OPERATING_LIMITS.maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError) return whole('the YAML nests too deeply to read (thousands of levels); knowledge files need only a few');
    if (error instanceof ReferenceError) return whole(`the YAML expands its aliases (*name) more than ${OPERATING_LIMITS.maxAliasCount} times, as an "alias bomb" does; knowledge files need no aliases`);
    throw error;
  }
  if (data === null || data === undefined) {
    return {
      ok: false,
      problems: [locate([], 'the file is empty; add `entries:`, `sources:` or `synonyms:`, or delete the file')],
    };
  }
  const result = KnowledgeFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return { ok: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, locate)) };
  }
  const items = (key: string) => {
    const list = isMap(doc.contents) ? (doc.contents as YAMLMap).get(key, true) : undefined;
    return isSeq(list) ? list.items.map((item) => (isNode(item) && item.range ? lineCounter.linePos(item.range[0]) : undefined)) : [];
  };
  return { ok: true, parsed: withLocator({ file, text, content: result.data, positions: { entries: items('entries'), sources: items('sources') } }) };
}

/**
 * The locator a parsed file keeps until the set is assembled: the position of every entry and source, which
 * assembling asks for each of, and for anything deeper (a problem's field) the text, parsed again on first
 * need. Keeping each file's parsed document instead held gigabytes at 100,000 entries, and the garbage
 * collector's work on them was a third of the load.
 */
function keptLocator(file: string, text: string, known: ItemPositions): Locate {
  let full: Locate | undefined;
  return (path, message) => {
    const [key, index] = path;
    const at = path.length === 2 && typeof key === 'string' && typeof index === 'number' ? known[key]?.[index] : undefined;
    if (at) return { file, line: at.line, column: at.col, field: formatFieldPath(path), message };
    if (!full) {
      const again = new LineCounter();
      full = locator(file, parseDocument(text, { lineCounter: again, prettyErrors: false, uniqueKeys: true }), again);
    }
    return full(path, message);
  };
}

/** Entries and answers over their size limits, found on the parsed document before it becomes data. */
function sizeProblems(doc: Document, locate: Locate): KnowledgeProblem[] {
  const entries = isMap(doc.contents) ? (doc.contents as YAMLMap).get('entries', true) : undefined;
  if (!isSeq(entries)) return [];
  const problems: KnowledgeProblem[] = [];
  entries.items.forEach((item, i) => {
    if (!isNode(item) || !item.range) return;
    const length = item.range[1] - item.range[0];
    if (length > OPERATING_LIMITS.maxEntryChars) {
      problems.push(locate(['entries', i], `the entry is ${length} characters long; an entry may be at most ${OPERATING_LIMITS.maxEntryChars}: shorten it or split it into several entries`));
      return;
    }
    const answer = isMap(item) ? (item as YAMLMap).get('answer', true) : undefined;
    if (isScalar(answer) && typeof answer.value === 'string' && answer.value.length > OPERATING_LIMITS.maxAnswerChars) {
      problems.push(locate(['entries', i, 'answer'], `the answer is ${answer.value.length} characters long; an answer may be at most ${OPERATING_LIMITS.maxAnswerChars} (what one chat message shows): shorten it, or move detail to related entries`));
    }
  });
  return problems;
}

function locator(file: string, doc: Document, lineCounter: LineCounter) {
  return (path: readonly PropertyKey[], message: string): KnowledgeProblem => {
    // A missing field has no node: point at the nearest ancestor that exists.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file, line, column: col, field: formatFieldPath(path), message };
      }
    }
    return { file, line: 1, column: 1, field: formatFieldPath(path), message };
  };
}


/** Turns a zod issue into sentences a moderator can act on, each at its own line. */
function describeIssue(issue: z.core.$ZodIssue, locate: Locate): KnowledgeProblem[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        locate([...path, key], `unknown field "${key}"; check its spelling, or remove it`),
      );
    case 'invalid_value':
      return [locate(path, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)];
    case 'invalid_union': {
      const discriminated = issue as unknown as { discriminator?: string; options?: unknown[] };
      if (discriminated.discriminator) {
        const options = (discriminated.options ?? []).map((v) => JSON.stringify(v)).join(', ');
        return [locate(path, `unknown ${discriminated.discriminator}; use one of ${options}`)];
      }
      return [locate(path, issue.message)];
    }
    case 'invalid_type':
      if (issue.input === undefined) return [locate(path, `is required (expected ${issue.expected})`)];
      return [locate(path, `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`)];
    default:
      return [locate(path, issue.message)];
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
