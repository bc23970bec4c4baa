import type { AttackData, AttackGroup, AttackTechnique } from './attack-data.ts';

/** MITRE's group for TEMP.Periscope / APT40: "Leviathan", G0065. */
export const LEVIATHAN_GROUP_ID = 'G0065';

/** How MITRE says a group uses a technique, in plain words. */
export interface GroupProcedure {
  techniqueId: string;
  how: string;
}

/** The group's entry in the table; the table is MITRE's, so its absence is a broken data file. */
export function attackGroup(data: AttackData, id: string): AttackGroup {
  const group = data.groups.find((g) => g.id === id);
  if (!group) throw new Error(`reference/attack-enterprise-18.1.json has no group ${id}`);
  return group;
}

/**
 * MITRE's procedure texts for a technique and its sub-techniques, as this group used them: links reduced to
 * their text and any citation markers dropped, so the reply reads as prose.
 */
export function groupProcedures(data: AttackData, groupId: string, technique: AttackTechnique): GroupProcedure[] {
  const uses = data.groupUses[groupId] ?? [];
  return uses
    .filter((u) => u.id === technique.id || u.id.startsWith(`${technique.id}.`))
    .map((u) => ({ techniqueId: u.id, how: cleanMitreText(u.how) }));
}

/** "[Leviathan](https://attack.mitre.org/groups/G0065) has used … (Citation: X)" → "Leviathan has used …". */
export function cleanMitreText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s*\(Citation:[^)]*\)/g, '')
    .replace(/<\/?code>/g, '`')
    .replace(/\s+/g, ' ')
    .trim();
}
