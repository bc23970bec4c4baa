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
  // One file at a time, each read awaited: a large knowledge base loads without stalling the bot.
  const set = new KnowledgeSet();
  for (const file of files) set.add(file, await readFile(path.join(dir, file), 'utf8'));
  return set.result();
}

/** The same validation over in-memory file texts (for tests and for checking an edit before writing it). */
export function loadKnowledgeTexts(texts: readonly { file: string; text: string }[]): AssembleResult {
  const set = new KnowledgeSet();
  for (const { file, text } of texts) set.add(file, text);
  return set.result();
}

/** Files parsed one by one, then checked together. */
class KnowledgeSet {
  private readonly parsed: ParsedKnowledgeFile[] = [];
  private readonly problems: KnowledgeProblem[] = [];

  add(file: string, text: string): void {
    const result = parseKnowledgeFile(file, text);
    if (result.ok) this.parsed.push(result.parsed);
    else this.problems.push(...result.problems);
  }

  result(): AssembleResult {
    // With a file unreadable, its ids are missing: checking references would only add false alarms.
    const assembled = assembleKnowledge(this.parsed, { checkReferences: this.problems.length === 0 });
    const problems = [...this.problems, ...(assembled.ok ? [] : assembled.problems)];
    return problems.length > 0 ? { ok: false, problems } : assembled;
  }
}

/** The knowledge files under `dir`, as sorted paths relative to it. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile() && KNOWLEDGE_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
