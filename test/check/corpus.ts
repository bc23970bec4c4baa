import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CheckParameters } from '../../src/check/check-parameters.ts';
import { checkMessage } from '../../src/check/run-check.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';

const CorpusCase = z.object({
  category: z.string(),
  text: z.string().min(1),
  /** Every finding /check must give, by kind and (optionally) part of its defanged subject; nothing else. */
  expect: z.array(z.object({ kind: z.string(), subject: z.string().optional() })).default([]),
  note: z.string().optional(),
});
export type CorpusCase = z.infer<typeof CorpusCase>;

/** test/check/corpus.jsonl, validated line by line. */
export const corpus: CorpusCase[] = readFileSync(new URL('./corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    const parsed = CorpusCase.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`test/check/corpus.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });

/** Expected findings that were not given, and findings given that were not expected. */
export function compareCase(c: CorpusCase, knowledge: Knowledge, parameters?: CheckParameters) {
  const findings = checkMessage(c.text, knowledge, parameters).findings;
  const unmatched = [...findings];
  const missing = c.expect.filter((e) => {
    const at = unmatched.findIndex((f) => f.kind === e.kind && (!e.subject || f.subject.includes(e.subject)));
    if (at < 0) return true;
    unmatched.splice(at, 1);
    return false;
  });
  return { missing, unexpected: unmatched.map((f) => `${f.kind} ${f.subject}`) };
}
