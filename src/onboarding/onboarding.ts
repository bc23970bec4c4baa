import { entrySources } from '../answer/describe-entry.ts';
import type { AnyCommand } from '../commands/define-command.ts';
import { usage } from '../commands/option-specs.ts';
import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { reply, type Reply } from '../core/reply.ts';
import type { Entry } from '../knowledge/schema.ts';

/** The three pieces of advice a newcomer sees first: check the sender, report, be careful with attachments. */
export const FIRST_ADVICE = ['advice-check-sender', 'advice-report-suspicious', 'advice-attachments'];

/** What the bot is, in one paragraph: the start of the home page and of the first welcome. */
const WHAT_IT_IS =
  'I help people who run, cover and watch elections spot the fake e-mails, links and attachments that state-backed attackers sent to Cambodia\u2019s 2018 election, and say what to do about them. I answer from a curated knowledge base, with sources, and I never open anything you paste.';

/** The three pieces of advice, as titles with their first step; any that the knowledge lacks is replaced by another piece of advice. */
function firstAdvice(snapshot: KnowledgeSnapshot): Entry[] {
  const advice = snapshot.knowledge.entries.filter((e) => e.kind === 'advice');
  const chosen = FIRST_ADVICE.map((id) => snapshot.knowledge.entriesById.get(id)).filter((e): e is Entry => e?.kind === 'advice');
  for (const entry of advice) if (chosen.length < 3 && !chosen.includes(entry)) chosen.push(entry);
  return chosen.slice(0, 3);
}

/**
 * The Slack App Home tab: what the bot is, what people can do with it (commands everyone may use), and three
 * pieces of advice from the knowledge base. No buttons: the Home tab has no reply channel of its own.
 */
export function homePage(snapshot: KnowledgeSnapshot, commands: readonly AnyCommand[]): Reply {
  const advice = firstAdvice(snapshot);
  const everyone = commands.filter((c) => c.permission === 'everyone');
  const has = (name: string) => everyone.some((c) => c.name === name);
  return reply({
    kind: 'info',
    title: 'ballotguard',
    body: [
      WHAT_IT_IS,
      '',
      '**Got a suspicious message?**',
      ...(has('check') ? ['- Choose **Check with ballotguard** in the message\u2019s menu, or paste it after `/check`.'] : []),
      ...(has('report') ? ['- From the check, **Report to security** passes it to your security contacts, once you confirm.'] : []),
      '- Or message me here, in the Messages tab, in your own words.',
      '',
      '**Commands:**',
      ...everyone.map((c) => `- \`${usage(c)}\`: ${c.description}`),
      '',
      '**Three things to do:**',
      ...advice.map((e) => `- **${e.title}.** ${'steps' in e ? (e.steps as string[])[0] : ''}`.trim()),
    ].join('\n'),
    sources: advice.flatMap((e) => entrySources(e, snapshot.knowledge)).filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i),
    visibility: 'private',
  });
}

/**
 * The first reply a person gets in a direct message, with a short welcome before it; the reply keeps its
 * own title, fields, sources and buttons.
 */
export function withWelcome(answer: Reply): Reply {
  const welcome = `**Welcome to ballotguard.** ${WHAT_IT_IS} Type \`/help\` to see what I can do, or \`/check\` a suspicious message.`;
  return { ...answer, body: `${welcome}\n\n${answer.body}` };
}

/** People already welcomed, when no records database remembers them: in memory, bounded (the oldest go first). */
export class WelcomedInMemory {
  private readonly seen = new Set<string>();
  constructor(private readonly capacity = 10_000) {}

  /** True the first time a person is seen, false afterwards. */
  first(platform: string, userId: string): boolean {
    const key = `${platform}\u0000${userId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value!);
    return true;
  }
}
