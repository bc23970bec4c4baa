import { beforeAll, describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/answer/answer-message.ts';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import { readMessage } from '../../src/understand/read-message.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

/*
 * Every alternate question of the shipped knowledge is a way someone asks for its entry. Typed as a chat message,
 * the reading (filler, idioms, informal words, what is set aside) may rewrite it; a rewrite must not take it from
 * an entry its own words find. A reading rule that does fails here, naming the alternate.
 *
 * The alternates the reading takes elsewhere today, each for a reason the reading keeps on purpose. One that comes
 * to reach its entry again must leave the list, so the list only shrinks.
 */
const READ_ELSEWHERE_ON_PURPOSE: ReadonlyMap<string, string> = new Map([
  // Questions about the bot itself are small talk, which describes the bot.
  ['about-ballotguard: What is ballotguard?', 'small talk'],
  ['campaign-in-brief: Give me the short version', 'how to answer, said without a subject: small talk'],
  // What the asker sets aside becomes context, never what decides the answer.
  ['other-groups-cambodia: Which other group hit Cambodia in 2018, apart from Periscope?', 'set aside'],
  ['other-victims: Who else got hit besides Cambodia?', 'set aside'],
  // Idioms read as what they mean find a neighbouring entry that answers as well.
  ['campaign-in-brief: ELI5 the Cambodia hack', '"explain": the group\'s entry'],
  ['why-china-cares: Why is Cambodia such a big deal for China?', '"significant": FireEye\'s quote on it'],
  ['no-comment-from-government: did the Cambodian government give a toss about the hack?', '"care": the reactions'],
  ['quote-read-visibility: What did FireEye think China would get out of it?', '"wants from it": the attribution'],
  ['quote-read-visibility: What did the FireEye guy say China gets out of this?', '"wants from it": the attribution'],
  ['other-victims: Which other victims connected to the servers?', '"linked": the attribution'],
  ['lure-themes: lure docs?', '"documents": the lure sent to Kem'],
  ['lure-themes: What was the Japan election .js file about?', 'the file name joined: the infrastructure'],
  // Kept though read elsewhere: the alternate's words answer a held-out question that its reading does not.
  ["malware-overview: what nasties did they drop on people's machines?", '"install": AIRBREAK, which is installed'],
]);

let snapshot: KnowledgeSnapshot;
beforeAll(async () => {
  snapshot = await shippedSnapshot();
});

/** The alternates the reading changes, with whether their own words find their entry and whether, read, they do. */
function readAlternates(): { key: string; foundAsTyped: boolean; foundAsRead: boolean }[] {
  const results = [];
  for (const entry of snapshot.knowledge.entries) {
    for (const question of entry.questions ?? []) {
      const read = readMessage(question).questions.map((q) => q.text);
      if (read.length === 1 && read[0] === question) continue;
      const asTyped = answerQuestion(question, snapshot, { cache: false });
      results.push({
        key: `${entry.id}: ${question}`,
        foundAsTyped: asTyped.outcome === 'answered' && asTyped.entryIds.includes(entry.id),
        foundAsRead: answerMessage(question, snapshot, { cache: false }).entryIds.includes(entry.id),
      });
    }
  }
  return results;
}

describe('entry alternates typed as chat messages', () => {
  it('reach the entry their own words find, however the reading rewrites them', () => {
    const results = readAlternates();
    // The check has something to check: the reading rewrites a tenth of the alternates or so.
    expect(results.length).toBeGreaterThan(100);
    const lost = results.filter((r) => r.foundAsTyped && !r.foundAsRead).map((r) => r.key);
    expect(lost.filter((key) => !READ_ELSEWHERE_ON_PURPOSE.has(key))).toEqual([]);
    // Listed, but found again (or no longer an alternate): take it off the list.
    expect([...READ_ELSEWHERE_ON_PURPOSE.keys()].filter((key) => !lost.includes(key))).toEqual([]);
  });
});
