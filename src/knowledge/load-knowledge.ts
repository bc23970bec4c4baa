import { readdir, readFile, stat } from 'node:fs/promises';
import { OPERATING_LIMITS } from '../core/operating-limits.ts';
import { decodeKnowledgeFile } from './read-knowledge-file.ts';
import path from 'node:path';
import { assembleKnowledge, type AssembleResult } from './assemble-knowledge.ts';
import { RELOAD_WORK } from '../parameters.ts';
import { parseKnowledgeFile, withLocator, type ParsedKnowledgeFile } from './parse-knowledge-file.ts';
import type { KnowledgeProblem } from './problems.ts';

const KNOWLEDGE_FILE = /\.ya?ml$/i;

/**
 * Loads and validates every YAML file under `dir` (recursively). All-or-nothing: the result is either a
 * complete knowledge set or the full list of problems, so a caller never holds half a set.
 */
export async function loadKnowledgeDir(dir: string, { parseElsewhere, onParsed }: LoadOptions = {}): Promise<AssembleResult> {
  let files: string[];
  try {
    files = await listKnowledgeFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the knowledge directory does not exist'
      : code === 'ENOTDIR' ? 'is a file, not a directory: give the directory that holds the knowledge .yaml files'
      : code === 'EACCES' ? 'the knowledge directory cannot be read (permission denied)'
      : `the knowledge directory cannot be read (${code ?? String(error)})`;
    return { ok: false, problems: [{ file: dir, line: 1, column: 1, field: '', message: reason }] };
  }
  const links = await listKnowledgeLinks(dir);
  const problems: KnowledgeProblem[] = links.map((file) => ({
    file, line: 1, column: 1, field: '',
    message: 'is a symbolic link; knowledge files must be regular files inside the knowledge directory: copy the file here instead',
  }));
  if (files.length === 0 && problems.length === 0) {
    return { ok: false, problems: [{ file: dir, line: 1, column: 1, field: '', message: 'no .yaml files in the knowledge directory' }] };
  }
  // Sizes first: an oversized file or set is refused before a byte of it is parsed.
  let total = 0;
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(dir, file))).size));
  files.forEach((file, i) => {
    const size = sizes[i]!;
    total += size;
    if (size > OPERATING_LIMITS.maxFileBytes) {
      problems.push({ file, line: 1, column: 1, field: '', message: `the file is ${megabytes(size)}; a knowledge file may be at most ${megabytes(OPERATING_LIMITS.maxFileBytes)}: split it into several files` });
    }
  });
  if (total > OPERATING_LIMITS.maxKnowledgeBytes) {
    problems.push({ file: dir, line: 1, column: 1, field: '', message: `the knowledge files total ${megabytes(total)}; the bot serves at most ${megabytes(OPERATING_LIMITS.maxKnowledgeBytes)}` });
  }
  if (problems.length > 0) return { ok: false, problems };
  // A large set is parsed on two cores: the first files here, the rest elsewhere (a second worker thread)
  // meanwhile, each file handed to `onParsed` as soon as those before it are.
  const hereCount = parseElsewhere && total >= RELOAD_WORK.parallelParseBytes ? Math.ceil(files.length * RELOAD_WORK.parseHereShare) : files.length;
  const elsewhere = hereCount < files.length ? parseElsewhere!(dir, files.slice(hereCount)) : Promise.resolve([]);
  elsewhere.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  const set = new KnowledgeSet();
  const take = (parsed: FileParse) => {
    if (!parsed.ok) return set.refuse(...parsed.problems);
    set.take(withLocator(parsed.parsed));
    onParsed?.(parsed.parsed);
  };
  // One file at a time, each read awaited: a large knowledge base loads without stalling the bot.
  for (const file of files.slice(0, hereCount)) take(await readAndParse(dir, file));
  for (const parsed of await elsewhere) take(parsed);
  return set.result();
}

export interface LoadOptions {
  /** Parses some of the files on another thread (for large sets). */
  parseElsewhere?: ParseElsewhere;
  /** Called with each valid file as it is parsed, in file order (so with the entries in the set's order when it is valid). */
  onParsed?: (parsed: Omit<ParsedKnowledgeFile, 'locate'>) => void;
}

/** One file parsed, as plain data a worker thread can post (no locator). */
export type FileParse = { ok: true; parsed: Omit<ParsedKnowledgeFile, 'locate'> } | { ok: false; problems: KnowledgeProblem[] };

/** Parses some of a directory's files somewhere else (another worker thread), in the order given. */
export type ParseElsewhere = (dir: string, files: string[]) => Promise<FileParse[]>;

/** Reads, decodes and parses one file of `dir`. */
export async function readAndParse(dir: string, file: string): Promise<FileParse> {
  const decoded = decodeKnowledgeFile(file, await readFile(path.join(dir, file)));
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const result = parseKnowledgeFile(file, decoded.text);
  if (!result.ok) return result;
  const { locate: _locate, ...parsed } = result.parsed;
  return { ok: true, parsed };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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

  refuse(...problems: KnowledgeProblem[]): void {
    this.problems.push(...problems);
  }

  take(parsed: ParsedKnowledgeFile): void {
    this.parsed.push(parsed);
  }

  add(file: string, text: string): void {
    const result = parseKnowledgeFile(file, text);
    if (result.ok) this.take(result.parsed);
    else this.refuse(...result.problems);
  }

  result(): AssembleResult {
    // With a file unreadable, its ids are missing: checking references would only add false alarms.
    const assembled = assembleKnowledge(this.parsed, { checkReferences: this.problems.length === 0 });
    const problems = [...this.problems, ...(assembled.ok ? [] : assembled.problems)];
    return problems.length > 0 ? { ok: false, problems } : assembled;
  }
}

/** Symbolic links named like knowledge files under `dir`: never followed, always reported. */
async function listKnowledgeLinks(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isSymbolicLink() && KNOWLEDGE_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The knowledge files under `dir`, as sorted paths relative to it. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile() && KNOWLEDGE_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
