import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../core/project-paths.ts';

/** MITRE ATT&CK Enterprise, as shipped in reference/ (see reference/README.md for its origin and terms). */
export const ATTACK_FILE = path.join(PROJECT_ROOT, 'reference/attack-enterprise-18.1.json');

const TechniqueSchema = z.object({
  id: z.string().regex(/^T\d{4}(\.\d{3})?$/),
  name: z.string(),
  /** The parent technique's name, for sub-techniques. */
  parent: z.string().optional(),
  tactics: z.array(z.string()),
  url: z.string(),
  summary: z.string(),
});

const GroupSchema = z.object({
  id: z.string().regex(/^G\d{4}$/),
  name: z.string(),
  aliases: z.array(z.string()),
  url: z.string(),
  summary: z.string(),
});

const SoftwareSchema = z.object({
  id: z.string().regex(/^S\d{4}$/),
  name: z.string(),
  type: z.enum(['malware', 'tool']),
  aliases: z.array(z.string()),
  url: z.string(),
  summary: z.string(),
});

export const AttackDataSchema = z.object({
  attack: z.object({ domain: z.string(), version: z.string(), source: z.string(), terms: z.string() }),
  techniques: z.array(TechniqueSchema),
  groups: z.array(GroupSchema),
  software: z.array(SoftwareSchema),
  /** For each group id: the techniques and software MITRE says it uses, with MITRE's procedure text. */
  groupUses: z.record(z.string(), z.array(z.object({ id: z.string(), how: z.string() }))),
});

export type AttackData = z.infer<typeof AttackDataSchema>;
export type AttackTechnique = z.infer<typeof TechniqueSchema>;
export type AttackGroup = z.infer<typeof GroupSchema>;
export type AttackSoftware = z.infer<typeof SoftwareSchema>;

let cached: AttackData | undefined;

/** Reads and validates the ATT&CK table once, on first use (it is 1.4 MB; most runs never need it). */
export function loadAttackData(): AttackData {
  cached ??= AttackDataSchema.parse(JSON.parse(readFileSync(ATTACK_FILE, 'utf8')));
  return cached;
}
