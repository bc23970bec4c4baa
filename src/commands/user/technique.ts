import { z } from 'zod';
import { loadAttackData, type AttackData, type AttackTechnique } from '../../attack/attack-data.ts';
import { findTechnique, fullName } from '../../attack/find-technique.ts';
import { attackGroup, cleanMitreText, groupProcedures, LEVIATHAN_GROUP_ID } from '../../attack/group-procedures.ts';
import { entriesMentioning } from '../../attack/technique-mentions.ts';
import type { KnowledgeSnapshot } from '../../core/knowledge-snapshot.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { reply, type Reply, type ReplySource } from '../../core/reply.ts';
import { normalizeText } from '../../search/normalize.ts';
import { MAX_CHOICES } from '../complete-names.ts';
import { defineCommand } from '../define-command.ts';

/** How ATT&CK is credited on every reply that uses it (its terms of use ask for the attribution). */
function attackSource(data: AttackData, technique: AttackTechnique): ReplySource {
  return { id: `attack-${technique.id}`, label: `MITRE ATT&CK\u00ae Enterprise v${data.attack.version}: ${technique.id} ${fullName(technique)}`, url: technique.url };
}

export const techniqueCommand = defineCommand({
  name: 'technique',
  description: 'Any MITRE ATT&CK technique by ID or name, and whether TEMP.Periscope (APT40) uses it',
  options: z.object({
    technique: z.string().trim().min(1, 'give a technique ID such as T1566.001 or a name such as "spearphishing"').max(100).describe('A technique ID or name, e.g. "T1566.001" or "spearphishing"'),
  }),
  permission: 'everyone',
  examples: ['/technique T1566.001', '/technique spearphishing', '/technique T1189'],
  complete: (_option, typed) => completeTechniques(loadAttackData(), typed),
  run: ({ technique: query }, { snapshot }) => {
    const data = loadAttackData();
    const match = findTechnique(data, query);
    if (match.type === 'one') return techniqueReply(data, match.technique, snapshot);
    if (match.type === 'several') return severalReply(data, query, match.techniques);
    return reply({
      kind: 'info',
      title: 'No such technique',
      body: `MITRE ATT&CK Enterprise v${data.attack.version} has no technique matching ${quoteUserText(query)}. Give an ID such as \`T1566.001\` or words of a name such as \`spearphishing\`; \`/techniques\` lists how the 2018 attacks worked.`,
      visibility: 'private',
      suggestions: [{ label: 'How the attacks worked', run: '/techniques' }],
    });
  },
});

function techniqueReply(data: AttackData, technique: AttackTechnique, snapshot: KnowledgeSnapshot): Reply {
  const group = attackGroup(data, LEVIATHAN_GROUP_ID);
  const procedures = groupProcedures(data, group.id, technique);
  const mentions = entriesMentioning(snapshot.knowledge, technique);
  const usedLine =
    procedures.length > 0
      ? `**TEMP.Periscope / APT40 uses it**, per MITRE (group ${group.name}, ${group.id}):`
      : `MITRE does not list TEMP.Periscope / APT40 (group ${group.name}, ${group.id}) as using this technique${technique.parent ? '' : ' or its sub-techniques'}.`;
  const body = [
    cleanMitreText(technique.summary),
    '',
    usedLine,
    ...procedures.map((p) => `- ${p.techniqueId === technique.id ? '' : `${p.techniqueId}: `}${p.how}`),
    ...(mentions.length > 0 ? ['', '**In the knowledge base:**', ...mentions.map((e) => `- ${e.title}`)] : []),
  ].join('\n');
  return reply({
    kind: 'answer',
    title: `${technique.id} ${fullName(technique)}`,
    body,
    fields: [{ name: 'Tactics', value: technique.tactics.map((t) => t.replace(/-/g, ' ')).join(', ') || 'none listed', inline: true }],
    sources: [attackSource(data, technique), ...(procedures.length > 0 ? [{ id: `attack-${group.id}`, label: `MITRE ATT&CK\u00ae v${data.attack.version}: ${group.id} ${group.name}`, url: group.url }] : [])],
    suggestions: mentions.slice(0, 4).map((e) => ({ label: e.title.slice(0, 75), run: `/techniques ${e.names[0] ?? e.title}` })),
  });
}

function severalReply(data: AttackData, query: string, techniques: AttackTechnique[]): Reply {
  const used = new Set((data.groupUses[LEVIATHAN_GROUP_ID] ?? []).map((u) => u.id));
  // Those the group uses first: that is what people here ask about.
  const ordered = [...techniques].sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id)));
  const lines = ordered.slice(0, 15).map((t) => `- **${t.id}** ${fullName(t)}${used.has(t.id) ? ' \u2014 used by TEMP.Periscope / APT40 per MITRE' : ''}`);
  return reply({
    kind: 'clarify',
    title: `${techniques.length} ATT&CK techniques match ${quoteUserText(query)}`,
    body: [...lines, ...(ordered.length > 15 ? [`- \u2026and ${ordered.length - 15} more; add a word to narrow it.`] : []), '', 'Choose one for how it works and how the group uses it.'].join('\n'),
    sources: [{ id: 'attack', label: `MITRE ATT&CK\u00ae Enterprise v${data.attack.version}`, url: 'https://attack.mitre.org/' }],
    suggestions: ordered.slice(0, 5).map((t) => ({ label: `${t.id} ${t.name}`.slice(0, 75), run: `/technique ${t.id}` })),
  });
}

/** Completions "T1566.001 Spearphishing Attachment": by ID prefix, else by name; the group's techniques first. */
export function completeTechniques(data: AttackData, typed: string): string[] {
  const used = new Set((data.groupUses[LEVIATHAN_GROUP_ID] ?? []).map((u) => u.id));
  const needle = normalizeText(typed);
  const label = (t: AttackTechnique) => `${t.id} ${fullName(t)}`.slice(0, 100);
  const byId = /^t\d/i.test(typed.trim());
  const starts = data.techniques.filter((t) => (byId ? t.id.toLowerCase().startsWith(typed.trim().toLowerCase()) : normalizeText(t.name).startsWith(needle)));
  const contains = byId ? [] : data.techniques.filter((t) => !starts.includes(t) && normalizeText(fullName(t)).includes(needle));
  const first = (list: AttackTechnique[]) => [...list].sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id)));
  return [...first(starts), ...first(contains)].slice(0, MAX_CHOICES).map(label);
}
