import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { KnowledgeFileSchema, type KnowledgeFile } from './schema.ts';
import { formatFieldPath, type KnowledgeProblem } from './problems.ts';

/** A parsed file that can still answer "which line is this field on?" for later checks. */
export interface ParsedKnowledgeFile {
  file: string;
  content: KnowledgeFile;
  locate(path: readonly PropertyKey[], message: string): KnowledgeProblem;
}

export type ParseResult = { ok: true; parsed: ParsedKnowledgeFile } | { ok: false; problems: KnowledgeProblem[] };

/** Parses and validates one knowledge file's text; `file` is only used to label problems. */
export function parseKnowledgeFile(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = locator(file, doc, lineCounter);

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { file, line, column: col, field: '', message: `YAML syntax: ${firstLine(error.message)}` };
      }),
    };
  }
  const data: unknown = doc.toJS();
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
  return { ok: true, parsed: { file, content: result.data, locate } };
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

type Locate = ParsedKnowledgeFile['locate'];

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
