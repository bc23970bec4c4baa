import type { AttackData } from '../attack/attack-data.ts';
import type { EntryProblem } from './check-quotations.ts';
import type { Entry, Source } from './schema.ts';

/** A technique, software or group id as MITRE writes them (campaign ids are not in the shipped table). */
const ATTACK_ID = /\b(?:T\d{4}(?:\.\d{3})?|S\d{4}|G\d{4})\b/g;
const HAS_ATTACK_ID = new RegExp(ATTACK_ID.source);

/** Whether any entry or source refers to ATT&CK at all: only then is MITRE's table worth loading. */
export function mentionsAttack(entries: readonly Entry[], sources: readonly Source[] = []): boolean {
  return (
    entries.some((entry) => (entry.kind === 'technique' && entry.attack) || attackTexts(entry).some(([, text]) => HAS_ATTACK_ID.test(text))) ||
    sources.some((source) => HAS_ATTACK_ID.test(source.title))
  );
}

/** Names MITRE gives each id: a technique's name (and "Parent: Name"), software and groups with their aliases. */
interface AttackNames {
  version: string;
  byId: Map<string, { names: string[]; full: string[] }>;
}

function attackNames(attack: AttackData): AttackNames {
  const byId = new Map<string, { names: string[]; full: string[] }>();
  for (const t of attack.techniques) byId.set(t.id, { names: [t.name], full: [t.parent ? `${t.parent}: ${t.name}` : t.name] });
  for (const s of [...attack.software, ...attack.groups]) byId.set(s.id, { names: [s.name, ...s.aliases], full: [s.name] });
  return { version: `ATT&CK v${attack.attack.version}`, byId };
}

/** Problems with the ATT&CK ids written in one text: each must exist and be named beside it as MITRE names it. */
function textProblems(text: string, { version, byId }: AttackNames): string[] {
  const problems: string[] = [];
  for (const [id] of text.matchAll(ATTACK_ID)) {
    const known = byId.get(id);
    if (!known) problems.push(`${id} is not a technique, software or group in ${version}`);
    else if (!known.names.some((n) => text.toLowerCase().includes(n.toLowerCase()))) {
      problems.push(`${id} is written without MITRE's name for it ("${known.names[0]}", ${version})`);
    }
  }
  return problems;
}

/** The same rule for sources' titles ("HTRAN (S0040), ATT&CK v18.1"). */
export function checkSourceAttackReferences(sources: readonly Source[], attack: AttackData): Map<Source, EntryProblem[]> {
  const names = attackNames(attack);
  const found = new Map<Source, EntryProblem[]>();
  for (const source of sources) {
    const problems = textProblems(source.title, names).map((message) => ({ path: ['title'] as PropertyKey[], message }));
    if (problems.length > 0) found.set(source, problems);
  }
  return found;
}

/**
 * Rules, against MITRE's own table (`reference/`, one ATT&CK version):
 * - an `attack:` mapping names a technique that exists, by MITRE's name ("Name" or "Parent: Name");
 * - `mapping: mitre` only where MITRE lists the technique for the mapping's `group`, and
 *   `mapping: knowledge-base` only where it does not (otherwise "our mapping" would hide MITRE's);
 * - every technique, software or group id written in an entry's text exists, and that text also names it
 *   as MITRE does (its name, or for software and groups one of its aliases), so an id cannot sit beside the
 *   wrong name.
 */
export function checkAttackReferences(entries: readonly Entry[], attack: AttackData): Map<Entry, EntryProblem[]> {
  const table = attackNames(attack);
  const { version } = table;
  const names = table.byId;

  const found = new Map<Entry, EntryProblem[]>();
  for (const entry of entries) {
    const problems: EntryProblem[] = [];
    if (entry.kind === 'technique' && entry.attack) {
      const { id, name, mapping, group } = entry.attack;
      const known = names.get(id);
      if (!known) {
        problems.push({ path: ['attack', 'id'], message: `${id} is not a technique in ${version}` });
      } else {
        if (!known.full.includes(name) && !known.names.includes(name)) {
          problems.push({ path: ['attack', 'name'], message: `MITRE names ${id} "${known.full[0]}" in ${version}, not "${name}"` });
        }
        const uses = attack.groupUses[group];
        if (!uses) {
          problems.push({ path: ['attack', 'group'], message: `${group} is not a group in ${version}` });
        } else {
          const listed = uses.some((use) => use.id === id);
          if (mapping === 'mitre' && !listed) {
            problems.push({ path: ['attack', 'mapping'], message: `MITRE does not list ${id} for ${group} in ${version}; use \`mapping: knowledge-base\`` });
          }
          if (mapping === 'knowledge-base' && listed) {
            problems.push({ path: ['attack', 'mapping'], message: `MITRE lists ${id} for ${group} in ${version}; use \`mapping: mitre\`` });
          }
        }
      }
    }
    for (const [path, text] of attackTexts(entry)) {
      for (const message of textProblems(text, table)) problems.push({ path, message });
    }
    if (problems.length > 0) found.set(entry, problems);
  }
  return found;
}

/** The texts of an entry that may mention ATT&CK ids, each with its field path. */
function attackTexts(entry: Entry): [PropertyKey[], string][] {
  const texts: [PropertyKey[], string][] = [
    [['title'], entry.title],
    [['answer'], entry.answer],
    [['names'], entry.names.join('\n')],
  ];
  if (entry.disputed) texts.push([['disputed'], entry.disputed]);
  if (entry.kind === 'technique') {
    if (entry.inCampaign) texts.push([['inCampaign'], entry.inCampaign]);
    if (entry.attack?.note) texts.push([['attack', 'note'], entry.attack.note]);
  }
  return texts;
}
