import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const Style = { style: z.string().optional() };

/** One labelled question: what a right answer must contain, or that the bot must decline. */
export const EvalCaseSchema = z.union([
  z.object({ q: z.string(), expect: z.array(z.array(z.string()).min(1)).min(1), ...Style }),
  z.object({ q: z.string(), abstain: z.literal(true), ...Style }),
]);
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export const EVAL_DIR = 'test/eval';

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

/** The scorer's rule: for every group, the text contains at least one of its strings. */
export function satisfies(text: string, groups: string[][]): boolean {
  const body = norm(text);
  return groups.every((group) => group.some((s) => body.includes(norm(s))));
}

export async function readSet(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = EvalCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: not an eval case: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** Every set in test/eval, in name order. */
export async function projectSets(): Promise<string[]> {
  return (await readdir(EVAL_DIR)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(EVAL_DIR, f));
}

/** Sets whose name says they were held apart from tuning: never used to fit or to add phrasings. */
export function isHoldout(file: string): boolean {
  return path.basename(file).includes('holdout');
}
