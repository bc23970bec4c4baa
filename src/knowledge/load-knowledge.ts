import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleKnowledge, type AssembleResult } from './assemble-knowledge.ts';
import { parseKnowledgeFile, type ParsedKnowledgeFile } from './parse-knowledge-file.ts';
import type { KnowledgeProblem } from './problems.ts';

const KNOWLEDGE_FILE = /\.ya?ml$/i;

/**
 * Loads and validates every YAML file under `dir` (recursively). All-or-nothing: the result is either a
 * complete knowledge set or the full list of problems, so a caller never holds half a set.
 */
export async function loadKnowledgeDir(dir: string): Promise<AssembleResult> {
  let files: string[];
  try {
    files = await listKnowledgeFiles(dir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : String(error);
    return { ok: false, problems: [{ file: dir, line: 1, column: 1, field: '', message: `the knowledge directory ${reason}` }] };
  }
  if (files.length === 0) {
    return { ok: false, problems: [{ file: dir, line: 1, column: 1, field: '', message: 'no .yaml files in the knowledge directory' }] };
  }
  const texts = await Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(dir, file), 'utf8') })));
  return loadKnowledgeTexts(texts);
}

/** The same validation over in-memory file texts (for tests and for checking an edit before writing it). */
export function loadKnowledgeTexts(texts: readonly { file: string; text: string }[]): AssembleResult {
  const parsed: ParsedKnowledgeFile[] = [];
  const problems: KnowledgeProblem[] = [];
  for (const { file, text } of texts) {
    const result = parseKnowledgeFile(file, text);
    if (result.ok) parsed.push(result.parsed);
    else problems.push(...result.problems);
  }
  // With a file unreadable, its ids are missing: checking references would only add false alarms.
  const assembled = assembleKnowledge(parsed, { checkReferences: problems.length === 0 });
  if (!assembled.ok) problems.push(...assembled.problems);
  return problems.length > 0 ? { ok: false, problems } : assembled;
}

async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile() && KNOWLEDGE_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
