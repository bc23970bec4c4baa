/** One thing wrong in the knowledge files, located so a moderator can go straight to it. */
export interface KnowledgeProblem {
  /** Path of the file, relative to the knowledge directory. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Dotted path of the field inside the file, e.g. `entries[3].sector`; empty for the whole file. */
  field: string;
  message: string;
}

/** `file:line:column field.path: message`, the form editors and CI logs make clickable. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where} ${problem.message}`;
}

/** Renders a zod-style path as `entries[3].sector`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Thrown when a knowledge set cannot be used; carries every problem found, not only the first. */
export class KnowledgeInvalidError extends Error {
  readonly code = 'KNOWLEDGE_INVALID';
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`the knowledge files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeInvalidError';
  }
}
