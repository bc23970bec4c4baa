import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { stripUnsafeText } from '../core/terminal-safe.ts';
import { editDistanceWithin } from '../search/edit-distance.ts';
import { STOPWORDS } from '../search/stopwords.ts';
import { FileBusyError, withFileLock } from './file-lock.ts';
import { writeFileAtomically } from './write-file-atomically.ts';
import type { Knowledge } from './assemble-knowledge.ts';
import { listKnowledgeFiles, loadKnowledgeTexts } from './load-knowledge.ts';
import { formatProblem } from './problems.ts';

export type TeachOutcome =
  | { ok: true; file: string }
  | { ok: false; reason: string };

/** The longest alternate question a moderator can teach. */
export const MAX_TAUGHT_QUESTION = 300;

/**
 * Adds `question` to the alternate questions of entry `entryId`, in the entry's own knowledge file:
 * edited through the YAML document so comments and layout stay, validated together with every other file
 * before anything is written, then written atomically (a temporary file renamed over the original).
 */
export async function teachQuestion(dir: string, knowledge: Knowledge, entryId: string, question: string): Promise<TeachOutcome> {
  // Stored text never carries control characters or bidi overrides: it is shown on screens later.
  const text = stripUnsafeText(question).replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'give the question to add after the entry id' };
  if (text.length > MAX_TAUGHT_QUESTION) return { ok: false, reason: `the question is too long (at most ${MAX_TAUGHT_QUESTION} characters)` };
  if (!hasContentWord(text)) return { ok: false, reason: `${JSON.stringify(text)} has no word the bot could search for; teach a question in words, e.g. "who runs cambodia"` };
  const origin = knowledge.origins.get(entryId);
  if (!knowledge.entriesById.has(entryId) || !origin) return { ok: false, reason: `there is no entry "${entryId}"${didYouMean(entryId, [...knowledge.entriesById.keys()])}; \`/kb status\` lists the entry ids` };

  const file = path.join(dir, origin.file);
  try {
    // Read, check and write under the file's lock, so concurrent teaches (here or in another process) all land.
    return await withFileLock(file, async () => {
      const original = await readFile(file, 'utf8');
      const existing = entryQuestions(original, entryId);
      if (existing === undefined) return { ok: false, reason: `could not find "${entryId}" in ${origin.file}; was the file edited meanwhile? Reload and try again` };
      if (existing.some((q) => q.toLowerCase() === text.toLowerCase())) return { ok: false, reason: `"${entryId}" already has that question` };
      const updated = insertQuestion(original, entryId, text);
      if (updated === undefined) return { ok: false, reason: `could not find "${entryId}" in ${origin.file}; was the file edited meanwhile? Reload and try again` };

      // Validate the whole set as it would be after the write: never write a file that breaks the knowledge.
      const texts = await allTexts(dir, origin.file, updated);
      const check = loadKnowledgeTexts(texts);
      if (!check.ok) return { ok: false, reason: `the change would break the knowledge: ${check.problems.slice(0, 3).map(formatProblem).join('; ')}` };

      await writeFileAtomically(file, updated);
      return { ok: true as const, file: origin.file };
    });
  } catch (error) {
    if (error instanceof FileBusyError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** At least one word of two or more letters or digits that is not a stopword (`?`, `---`, `yes` have none). */
function hasContentWord(text: string): boolean {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).some((word) => !STOPWORDS.has(word));
}

/** " (did you mean "x"?)" for a known id within a few edits of `id`, or sharing a word with it; else nothing. */
function didYouMean(id: string, ids: readonly string[]): string {
  const typed = id.toLowerCase();
  const close = ids.find((known) => editDistanceWithin(typed, known, Math.max(2, Math.floor(known.length / 4))));
  const parts = typed.split(/[-_\s]+/).filter((p) => p.length > 2);
  const sharing = close ?? ids.find((known) => parts.some((p) => known.split('-').includes(p)));
  return sharing ? ` (did you mean "${sharing}"?)` : '';
}

/** The alternate questions entry `entryId` has in this file's text, or undefined when the entry is not there. */
function entryQuestions(text: string, entryId: string): string[] | undefined {
  const entries = parseDocument(text).toJS() as { entries?: { id?: unknown; questions?: unknown }[] } | null;
  const entry = entries?.entries?.find((e) => e?.id === entryId);
  if (!entry) return undefined;
  return Array.isArray(entry.questions) ? entry.questions.map(String) : [];
}

/**
 * The file's text with the question added as a new list item: a textual insertion at the place the parsed
 * document points to, so everything else (comments, wrapping, quoting) stays exactly as the moderator left it.
 */
export function insertQuestion(text: string, entryId: string, question: string): string | undefined {
  const doc = parseDocument(text);
  const entries = doc.get('entries', true);
  const entry = isSeq(entries) ? (entries as YAMLSeq).items.find((item) => isMap(item) && (item as YAMLMap).get('id') === entryId) : undefined;
  if (!isMap(entry)) return undefined;
  const map = entry as YAMLMap;
  const scalar = yamlScalar(question);
  const questions = map.get('questions', true);
  if (isSeq(questions)) {
    const seq = questions as YAMLSeq<Node>;
    const last = seq.items.at(-1);
    if (seq.flow) {
      const close = seq.range![1] - 1;
      return `${text.slice(0, close)}${last ? ', ' : ''}${scalar}${text.slice(close)}`;
    }
    if (last?.range) {
      const itemStart = last.range[0];
      const indent = itemStart - text.lastIndexOf('\n', itemStart) - 1 - 2;
      const end = last.range[1];
      return `${text.slice(0, end)}\n${' '.repeat(indent)}- ${scalar}${text.slice(end)}`;
    }
  }
  // No questions yet: add the list just before the entry's `sources:` key, at the same indentation.
  const sources = map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'sources');
  const keyStart = (sources?.key as Node | undefined)?.range?.[0];
  if (keyStart === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', keyStart) + 1;
  const indent = ' '.repeat(keyStart - lineStart);
  return `${text.slice(0, lineStart)}${indent}questions:\n${indent}  - ${scalar}\n${text.slice(lineStart)}`;
}

/**
 * A question as a YAML scalar: plain when YAML reads it back as exactly this string, double-quoted
 * otherwise, so `1e3`, `0x1F`, `true` or `null` stay the text that was typed, never a number or a boolean.
 */
function yamlScalar(text: string): string {
  const plain = /^[A-Za-z0-9][\w\s'\u2019?.()-]*$/.test(text) && !text.includes(': ') && !text.includes(' #');
  return plain && readsBackAs(text) ? text : JSON.stringify(text);
}

function readsBackAs(text: string): boolean {
  try {
    return parse(text) === text;
  } catch {
    return false;
  }
}

async function allTexts(dir: string, changedFile: string, changedText: string): Promise<{ file: string; text: string }[]> {
  const files = await listKnowledgeFiles(dir);
  return Promise.all(files.map(async (file) => ({ file, text: file === changedFile ? changedText : await readFile(path.join(dir, file), 'utf8') })));
}
