/**
 * Writes variants of a set's questions, those to answer and those to decline, as people would type them, to see how reading holds up
 * beyond the questions written by hand: `typos` slips one or two words of each (two letters swapped, one
 * dropped, one doubled, one hit next door), `noise` wraps each in chat (a greeting, a mention or an
 * introduction before; a sign-off, an emoji or an aside after). Seeded, so a run is repeatable; the variants
 * are for a check, not a set to tune on.
 *
 *   npx tsx scripts/eval/variants.ts typos test/eval/tuning.jsonl > /tmp/typos.jsonl
 *   node ../shared/eval/score.mjs /tmp/typos.jsonl --show-failures
 */
import { readSet } from './eval-sets.ts';
import { random as seededRandom } from '../bench/generate-knowledge.ts';

type Kind = 'typos' | 'noise';

const [kind, file] = process.argv.slice(2) as [Kind | undefined, string | undefined];
if ((kind !== 'typos' && kind !== 'noise') || !file) {
  console.error('usage: npx tsx scripts/eval/variants.ts typos|noise SET.jsonl');
  process.exit(2);
}

// The benchmark's seeded generator: the same variants on every run.
const random = seededRandom(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Keys next to each other on a QWERTY keyboard, for a finger that lands one key off. */
const NEXT_KEY: Record<string, string> = { a: 's', s: 'a', e: 'r', r: 'e', i: 'o', o: 'i', n: 'm', m: 'n', t: 'r', l: 'k', c: 'v', d: 's', u: 'y', h: 'j' };

function slip(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (pick(['swap', 'drop', 'double', 'next key'] as const)) {
    case 'swap':
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'double':
      return word.slice(0, i) + word[i] + word.slice(i);
    case 'next key':
      return word.slice(0, i) + (NEXT_KEY[word[i]!] ?? word[i]) + word.slice(i + 1);
  }
}

function withTypos(question: string, slips: number): string {
  const words = question.split(' ');
  const slippable = words.flatMap((word, i) => (/^\p{L}{5,}$/u.test(word) ? [i] : []));
  for (let n = 0; n < slips && slippable.length > 0; n++) {
    const [at] = slippable.splice(Math.floor(random() * slippable.length), 1);
    words[at!] = slip(words[at!]!);
  }
  return words.join(' ');
}

const OPENINGS = ['hey bot, ', 'hi all 👋 ', '@here ', '<@U0123ABC> ', 'quick q: ', 'sorry to bug you but ', 'morning team! ', 'ok so ', 'Hi ballotguard, I work at the NEC. ', 'journalist here — ', 'btw ', 'hello, ', '<!channel> ', 'yo ', 'Good afternoon. '];
const CLOSINGS = [' thanks!', ' cheers', ' ty', ' 🙏', " - asking for a piece I'm writing", ' pls', ' thx in advance', ' :thinking_face:', ' lol', ' (for a briefing tomorrow)', '', ' ??', ' thanks a lot, team'];

function inChat(question: string): string {
  return `${pick(OPENINGS)}${question[0]!.toLowerCase()}${question.slice(1)}${pick(CLOSINGS)}`;
}

const variant = (q: string, n: number) => (kind === 'typos' ? withTypos(q, n) : inChat(q));
const set = await readSet(file);
for (const c of set) {
  if (!('expect' in c)) continue;
  for (let n = 1; n <= 2; n++) console.log(JSON.stringify({ q: variant(c.q, n), expect: c.expect }));
}
// The questions to decline after all the others, so the answerable variants stay those of earlier runs: a
// slip must not turn "what is cambodia's population" into something the bot answers.
for (const c of set) {
  if ('expect' in c) continue;
  for (let n = 1; n <= 2; n++) console.log(JSON.stringify({ q: variant(c.q, n), abstain: true }));
}
