import { z } from 'zod';
import { reply } from '../../core/reply.ts';
import type { KnowledgeSnapshot } from '../../core/knowledge-snapshot.ts';
import { sectorLabel } from '../../answer/describe-entry.ts';
import { Sector, type Entry } from '../../knowledge/schema.ts';
import { analyze } from '../../search/inverted-index.ts';
import { quoteUserText } from '../../core/quote-user-text.ts';
import { completeFromEntries } from '../complete-names.ts';
import { defineCommand } from '../define-command.ts';
import { combinedSources } from '../combined-sources.ts';

type Targeted = { entry: Entry; sector: Sector; status: 'compromised' | 'targeted'; country: string };

/** Listing order: the institutions that run elections first, then the people around them. */
const SECTOR_ORDER = Sector.options;

/** Every entry the sources say was targeted: target entries, and people with target details. */
function targetedEntries({ knowledge }: KnowledgeSnapshot): Targeted[] {
  const targeted = knowledge.entries.flatMap((entry): Targeted[] => {
    if (entry.kind === 'target') return [{ entry, sector: entry.sector, status: entry.status, country: entry.country }];
    if (entry.kind === 'person' && entry.target) return [{ entry, ...entry.target }];
    return [];
  });
  // Stable sort: within a sector, institutions (target entries) keep file order ahead of individuals.
  return targeted.sort(
    (a, b) =>
      SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector) ||
      Number(a.entry.kind === 'person') - Number(b.entry.kind === 'person'),
  );
}

/** A filter matches when every word of it is among the target's own words (name, sector, status, tags). */
function matchesFilter(target: Targeted, filterStems: readonly string[]): boolean {
  const own = new Set(
    analyze([target.entry.title, ...target.entry.names, ...target.entry.tags, sectorLabel(target.sector), target.status, target.country].join(' ')).stems,
  );
  return filterStems.every((s) => own.has(s));
}

export const targetsCommand = defineCommand({
  name: 'targets',
  description: 'List every institution and group the attackers targeted, optionally filtered by sector or name',
  options: z.object({
    filter: z.string().trim().max(100).optional().describe('A sector or name to filter by, e.g. "ministry", "media" or "opposition"'),
  }),
  permission: 'everyone',
  examples: ['/targets', '/targets ministry', '/targets media'],
  complete: (_option, typed, snapshot) =>
    completeFromEntries(snapshot, typed, (e) => e.kind === 'target' || (e.kind === 'person' && e.target !== undefined), Sector.options.map(sectorLabel)),
  run: ({ filter }, { snapshot }) => {
    const all = targetedEntries(snapshot);
    const stems = filter ? analyze(filter).stems : [];
    let shown = stems.length > 0 ? all.filter((t) => matchesFilter(t, stems)) : all;
    if (shown.length === 0 && filter) {
      // No literal match: let search resolve synonyms and typos ("press", "electon").
      const { hits } = snapshot.index.search(filter, { limit: 3, only: (e) => all.some((t) => t.entry === e) });
      shown = hits.filter((h) => h.confidence >= 0.5).map((h) => all.find((t) => t.entry === h.entry)!);
    }
    if (shown.length === 0) {
      const sectors = [...new Set(all.map((t) => sectorLabel(t.sector)))].join(', ');
      return reply({
        kind: 'info',
        title: 'No matching targets',
        body: `No target matches ${quoteUserText(filter)}. Try a sector (${sectors}) or part of a name, or \`/targets\` for the full list.`,
        visibility: 'private',
      });
    }
    const lines = shown.map(({ entry, sector, status, country }) => {
      const where = country === 'Cambodia' ? '' : `, ${country}`;
      return `- **${entry.title}**: ${sectorLabel(sector)}${where}; ${status}`;
    });
    const compromised = shown.filter((t) => t.status === 'compromised').length;
    const tally =
      compromised === shown.length
        ? 'All of these were compromised: FireEye saw them in the attackers\u2019 logs.'
        : `${compromised} of ${shown.length} were compromised (FireEye saw them in the attackers\u2019 logs); the others were sent attacks that no source says succeeded.`;
    return reply({
      kind: 'info',
      title: filter ? `Targets matching ${quoteUserText(filter)}` : 'Who was targeted',
      body: [
        ...lines,
        '',
        `${tally} FireEye made the targeted entities aware of the hacks.`,
      ].join('\n'),
      sources: combinedSources(shown.map((t) => t.entry), snapshot),
      suggestions: shown.slice(0, 3).map(({ entry }) => ({ label: entry.title, run: `/ask ${entry.questions[0] ?? entry.title}` })),
    });
  },
});
