import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import type { Entry } from '../knowledge/schema.ts';
import { reply, type Reply, type ReplyField, type ReplySource, type Suggestion } from '../core/reply.ts';

/** The structured facts of an entry, shown beside its answer. */
export function entryFields(entry: Entry, knowledge: Knowledge): ReplyField[] {
  const fields: ReplyField[] = [];
  const add = (name: string, value: string | undefined, inline = true) => {
    if (value) fields.push({ name, value, inline });
  };
  switch (entry.kind) {
    case 'actor':
      add('Also known as', entry.names.filter((n) => n !== entry.title).slice(0, 8).join(', '), false);
      add('Attribution', entry.attribution, false);
      add('Active since', entry.activeSince);
      break;
    case 'target':
      add('Sector', sectorLabel(entry.sector));
      add('Status', statusLabel(entry.status));
      add('Country', entry.country);
      break;
    case 'person':
      add('Role', entry.role, false);
      if (entry.target) add('Target', `${statusLabel(entry.target.status)} (${sectorLabel(entry.target.sector)})`);
      break;
    case 'technique':
      if (entry.attack) {
        const who = entry.attack.mapping === 'mitre' ? 'listed by MITRE for this group' : "the knowledge base's own mapping";
        add('ATT&CK', `${entry.attack.id} ${entry.attack.name} (${who})`, false);
      }
      // Searched as part of the entry, so shown with it: an answer found by these words must contain them.
      add('In the Cambodia campaign', entry.inCampaign, false);
      break;
    case 'malware':
      add('Type', entry.malwareType);
      add('In the 2018 report', entry.status === 'new' ? 'new family' : 'already known');
      break;
    case 'indicator':
      add(
        'Indicators (historical, defanged)',
        entry.indicators.map((i) => `\`${i.value}\` (${i.type})${i.note ? `: ${i.note}` : ''}`).join('\n'),
        false,
      );
      break;
    case 'event':
      add('Date', `${formatDate(entry.date)}${entry.approximate ? ' (approximate)' : ''}`);
      break;
    case 'quote': {
      const speaker = knowledge.entriesById.get(entry.speaker);
      add('Said by', speaker?.title);
      break;
    }
    case 'organisation':
      add('Type', entry.orgType);
      break;
    case 'campaign':
      add('Period', entry.period);
      break;
    case 'advice':
    case 'faq':
      break;
  }
  if (entry.disputed) add('Sources disagree', entry.disputed, false);
  return fields;
}

export function entrySources(entry: Pick<Entry, 'sources'>, knowledge: Knowledge): ReplySource[] {
  return entry.sources.flatMap((id) => {
    const source = knowledge.sources.get(id);
    if (!source) return [];
    return [{ id, label: `${source.publisher}, "${source.title}" (${formatDate(source.date)})`, url: source.url }];
  });
}

/** Follow-up questions from the entry's related entries. */
export function followUps(entry: Entry, knowledge: Knowledge, max = 3): Suggestion[] {
  return entry.related.slice(0, max).flatMap((id) => {
    const related = knowledge.entriesById.get(id);
    if (!related) return [];
    const label = related.questions[0] ?? related.title;
    return [{ label, run: `/ask ${label}` }];
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-07-29" → "29 July 2018"; "2018-07" → "July 2018"; "2018" stays. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function sectorLabel(sector: string): string {
  return sector.replaceAll('-', ' ');
}

function statusLabel(status: 'compromised' | 'targeted'): string {
  return status === 'compromised' ? 'compromised (seen in the attackers\u2019 logs)' : 'targeted';
}

/** An entry shown in full: its answer, facts, sources and follow-ups. */
export function entryReply(entry: Entry, knowledge: Knowledge, answer?: Reply['answer']): Reply {
  return reply({
    kind: 'answer',
    title: entry.title,
    body: entry.answer.trim(),
    fields: entryFields(entry, knowledge),
    sources: entrySources(entry, knowledge),
    suggestions: followUps(entry, knowledge),
    ...(answer ? { answer } : {}),
  });
}
