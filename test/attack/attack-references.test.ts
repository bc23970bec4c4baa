import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttackData } from '../../src/attack/attack-data.ts';
import { attackReferenceProblems } from '../../src/attack/check-attack-references.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { runTs } from '../helpers/run-process.ts';
import { knowledgeFrom, shippedKnowledge, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

const technique = (id: string, attack: string, answer = 'How it works.') => `
  - id: ${id}
    kind: technique
    title: Technique ${id}
    answer: ${answer}
    sources: [src]
    attack: ${attack}
`;

describe('kb check: ATT&CK references against the shipped v18.1 table', () => {
  it('finds nothing wrong in the shipped knowledge', async () => {
    expect(attackReferenceProblems(await shippedKnowledge(), loadAttackData())).toEqual([]);
  });

  it('reports an unknown ID, a wrong name, a "mitre" mapping MITRE does not list, and an unknown ID in text, with file and line', () => {
    const knowledge = knowledgeFrom({
      'sources.yaml': TEST_SOURCES,
      'techniques.yaml': `entries:${[
        technique('fine', '{ id: T1566.002, name: "Phishing: Spearphishing Link (lookalike domains)", mapping: mitre }'),
        technique('unknown-id', '{ id: T1999, name: Nothing, mapping: knowledge-base }'),
        technique('wrong-name', '{ id: T1189, name: Watering Hole, mapping: knowledge-base }'),
        technique('not-listed', '{ id: T1187, name: Forced Authentication, mapping: mitre }'),
        technique('in-text', '{ id: T1189, name: Drive-by Compromise, mapping: knowledge-base }', 'Also T1566.009, which does not exist.'),
      ].join('')}`,
    });
    const problems = attackReferenceProblems(knowledge, loadAttackData()).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^techniques\.yaml:\d+:1 unknown-id\.attack\.id: ATT&CK v18\.1 has no technique T1999$/),
      expect.stringMatching(/wrong-name\.attack\.name: T1189 is "Drive-by Compromise" in ATT&CK v18\.1, not "Watering Hole"$/),
      expect.stringMatching(/not-listed\.attack\.mapping: MITRE does not list Leviathan \(G0065\) for T1187/),
      expect.stringMatching(/in-text\.answer: mentions T1566\.009, which ATT&CK v18\.1 does not have$/),
    ]);
  });

  it('makes `kb check` exit 1 with the problem, on a directory of its own', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ballotguard-attack-'));
    try {
      await writeFile(path.join(dir, 'sources.yaml'), TEST_SOURCES);
      await writeFile(path.join(dir, 'techniques.yaml'), `entries:${technique('unknown-id', '{ id: T1999, name: Nothing, mapping: knowledge-base }')}`);
      const { code, stderr } = await runTs('src/cli/main.ts', ['kb', 'check', dir]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/techniques\.yaml:\d+:1 unknown-id\.attack\.id: ATT&CK v18\.1 has no technique T1999/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
