import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, SOURCES_SILENT_TITLE } from '../../src/answer/answer-question.ts';
import { unnamedMention } from '../../src/answer/unnamed-mention.ts';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import type { Knowledge } from '../../src/knowledge/assemble-knowledge.ts';
import { knowledgeFrom, shippedSnapshot, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

const knowledge: Knowledge = knowledgeFrom({
  'sources.yaml': TEST_SOURCES,
  'victims.yaml': `entries:
  - id: victims
    kind: faq
    title: Victims elsewhere
    answer: The servers showed a European chemical company with a presence in Asia, three command-and-control servers, a probable US defense-industrial-base firm, and LICADHO, a Cambodian human-rights NGO.
    sources: [src]
  - id: phish
    kind: faq
    title: The phish
    answer: The e-mail posed as a LICADHO researcher asking her to fill in a survey. In July the sender spoofed an Australian journalist who had written for the Phnom Penh Post (SC Magazine names her as Melissa Coade). Its next target was a government building in Phnom Penh.
    sources: [src]
  - id: servers
    kind: faq
    title: The servers
    answer: In all, one IP address and two domains. The site was hosted on the US address 68.65.123[.]230.
    sources: [src]
  - id: addresses
    kind: faq
    title: The addresses
    answer: The report lists one IP address and two domains.
    sources: [src]
  - id: group
    kind: faq
    title: The group
    answer: TEMP.Periscope is a Chinese cyber-espionage group.
    sources: [src]
  - id: advisory
    kind: faq
    title: The advisory
    answer: In 2024 a joint advisory, AA24-190A, described intrusions in Australia.
    sources: [src]
`,
});
const entry = (id: string) => knowledge.entriesById.get(id)!;

describe('a name the sources withhold', () => {
  it('is found when the question describes the thing by the words the source uses for it unnamed', () => {
    expect(unnamedMention('which european chemical company was on the victim list', entry('victims'))).toBe('a European chemical company');
    expect(unnamedMention("what's the name of the European chemical company?", entry('victims'))).toBe('a European chemical company');
  });

  it('is not asked when the description is thinner than the source\u2019s ("which company…"), or names the attackers', () => {
    expect(unnamedMention('which company was on the victim list', entry('victims'))).toBeUndefined();
    expect(unnamedMention('which chinese cyber-espionage group was it?', entry('group'))).toBeUndefined();
  });

  it('counts a hyphenated word once, and a thing named beside its description is named', () => {
    expect(unnamedMention('which command-and-control domain was used?', entry('victims'))).toBeUndefined();
    expect(unnamedMention('which cambodian human rights ngo was impersonated?', entry('victims'))).toBeUndefined();
    // Named just after, by a source the entry cites.
    expect(unnamedMention('which australian journalist was spoofed?', entry('phish'))).toBeUndefined();
    // Named by an identifier in apposition; without one it is unnamed.
    expect(unnamedMention('which 2024 joint advisory covered australia?', entry('advisory'))).toBeUndefined();
    const unnumbered = { ...entry('advisory'), answer: 'In 2024 a joint advisory was published on intrusions in Australia.' };
    expect(unnamedMention('which 2024 joint advisory covered australia?', unnumbered)).toBe('a joint advisory');
  });

  it('takes an indicator\u2019s value for its name: "which IP address…" is answered where one is given', () => {
    expect(unnamedMention('on which US IP address was the site hosted?', entry('servers'))).toBeUndefined();
    expect(unnamedMention('on which US IP address was the site hosted?', entry('addresses'))).toBe('one IP address');
  });

  it('reads "US" as the country, in the sources and in a description asked for, not as the pronoun', () => {
    expect(unnamedMention('which us defense contractor was on the servers?', entry('victims'))).toBe('a probable US defense-industrial-base firm');
    expect(unnamedMention('which US defense contractor was it?', entry('victims'))).toBe('a probable US defense-industrial-base firm');
    expect(unnamedMention('which U.S. defense contractor was it?', entry('victims'))).toBe('a probable US defense-industrial-base firm');
    const dotted = { ...entry('victims'), answer: 'The servers showed a U.S. defense contractor. Another was in Europe.' };
    expect(unnamedMention('which us defense contractor was on the servers?', dotted)).toBe('a U.S. defense contractor');
  });

  it('ends the description where a clause about it starts, and the mention before a participle', () => {
    expect(unnamedMention('what was the name of the LICADHO researcher the attackers pretended to be?', entry('phish'))).toBe('a LICADHO researcher');
    // An article before the description opens it; a noun in "-ing" is no participle.
    expect(unnamedMention('what was the name of a european chemical company on the servers?', entry('victims'))).toBe('a European chemical company');
    expect(unnamedMention('which government building was hit?', entry('phish'))).toBe('a government building');
  });

  it('takes the tally of an indicator entry as naming what it lists by value, and only of the kinds it lists', () => {
    const tally = knowledgeFrom({
      'sources.yaml': TEST_SOURCES,
      'iocs.yaml': `entries:
  - id: iocs
    kind: indicator
    title: Indicators
    indicators:
      - { value: "example[.]com", type: domain }
      - { value: "example[.]org", type: domain }
      - { value: "10.0.0[.]1", type: ip }
    answer: The report lists example[.]com, example[.]org and 10.0.0[.]1; in all, two domains, one IP address, sent by a UK engineering company.
    sources: [src]
`,
    }).entriesById.get('iocs')!;
    expect(unnamedMention('which IP addresses are in the report', tally)).toBeUndefined();
    expect(unnamedMention('which IP address did they use?', tally)).toBeUndefined();
    // Anything else it mentions unnamed is still withheld.
    expect(unnamedMention('which uk engineering company was it?', tally)).toBe('a UK engineering company');
    // A tally in an entry of another kind that gives no value names nothing.
    expect(unnamedMention('which IP addresses are in the report', { ...entry('group'), answer: 'In all, two domains, one IP address, sent by a UK engineering company.' })).toBe('one IP address');
  });
});

describe('answering such a question from the shipped knowledge', () => {
  let snapshot: KnowledgeSnapshot;
  beforeAll(async () => {
    snapshot = await shippedSnapshot();
  });

  it('declines, quoting how the sources speak of it, and offers what they do say', () => {
    const result = answerQuestion('which european chemical company was on the victim list', snapshot);
    expect(result.outcome).toBe('abstained');
    expect(result.sourcesSilent).toBe(true);
    expect(result.reply.title).toBe(SOURCES_SILENT_TITLE);
    expect(result.reply.body).toContain('\u201ca European chemical company\u201d');
    expect(result.reply.sources.length).toBeGreaterThan(0);
    expect(result.reply.suggestions).toHaveLength(1);
  });

  it('reads the description as search does, synonyms included ("newspapers" for the sources\u2019 "media")', () => {
    const result = answerQuestion('which cambodian newspapers had their networks compromised?', snapshot);
    expect(result.outcome).toBe('abstained');
    expect(result.reply.body).toContain('Cambodian media');
  });

  it('still answers what the sources do say of it', () => {
    expect(answerQuestion('were any european companies hit by the same servers?', snapshot).outcome).toBe('answered');
    expect(answerQuestion('which human rights organisation did the phishing email claim to come from?', snapshot).reply.body).toContain('LICADHO');
  });
});
