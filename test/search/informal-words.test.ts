import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { stem } from '../../src/search/stem.ts';
import { knowledgeFrom, shippedSnapshot, TEST_SOURCES } from '../helpers/shipped-knowledge.ts';

/** A tiny knowledge base written in plain words, so what an informal question finds is known exactly. */
function indexOver(extraEntries = '') {
  return buildSearchIndex(knowledgeFrom({
    'sources.yaml': TEST_SOURCES,
    'faq.yaml': `entries:
  - id: spies
    kind: faq
    title: The spies behind the servers
    answer: Government spies of APT40 ran three servers for the group.
    questions: [Who ran the servers?]
    sources: [src]
  - id: donor
    kind: faq
    title: The largest donor
    answer: The largest donor funded the commission.
    questions: [Who funded the commission?]
    sources: [src]
${extraEntries}`,
  }));
}

const concept = (index: ReturnType<typeof indexOver>, question: string, label: string) =>
  index.search(question).concepts.find((c) => c.label === label);

describe('informal words the knowledge base has never seen', () => {
  it('are read as the plainer words it knows ("spooks" as spies, "boxes" as servers)', () => {
    const index = indexOver();
    const spooks = concept(index, 'which spooks ran those boxes', 'spooks');
    expect(spooks?.known).toBe(true);
    expect(spooks?.variants.map((v) => v.stems.join(' '))).toContain('spi');
    expect(index.search('which spooks ran those boxes').hits[0]?.entry.id).toBe('spies');
    expect(index.search('who bankrolled the commission').hits[0]?.entry.id).toBe('donor');
  });

  it('read a domain that "lapsed" as one dropped', () => {
    const index = indexOver(`  - id: dropped-domain
    kind: faq
    title: A domain dropped in July
    answer: The domain was dropped on 11 July.
    questions: [When was the domain dropped?]
    sources: [src]
`);
    expect(concept(index, 'when did the domain lapse', 'lapse')?.known).toBe(true);
    expect(index.search('when did the domain lapse').hits[0]?.entry.id).toBe('dropped-domain');
  });

  it('read a tool\'s "functionality" as its capabilities', () => {
    const index = indexOver(`  - id: backdoor
    kind: faq
    title: The backdoor's capabilities
    answer: A JavaScript backdoor that takes commands.
    questions: [What are the backdoor's capabilities?]
    sources: [src]`);
    expect(concept(index, 'backdoor functionality', 'functionality')?.known).toBe(true);
    expect(index.search('backdoor functionality').hits[0]?.entry.id).toBe('backdoor');
  });

  it('read "measures" as the steps advice gives', () => {
    const index = indexOver(`  - id: steps
    kind: faq
    title: Steps against phishing
    answer: Three steps keep phishing out.
    questions: [What steps help?]
    sources: [src]`);
    expect(concept(index, 'what measures help', 'measures')?.known).toBe(true);
    expect(index.search('what measures help').hits[0]?.entry.id).toBe('steps');
  });

  it('keep their own meaning when the knowledge base knows them', () => {
    const index = indexOver(`  - id: crew
    kind: faq
    title: The crew of the ship
    answer: The crew sailed the ship.
    sources: [src]`);
    const crew = concept(index, 'who was the crew', 'crew');
    expect(crew?.variants.map((v) => v.stems.join(' '))).toEqual(['crew']);
  });

  it('are read as their plainer words too when only an alternate question uses them', () => {
    const index = indexOver(`  - id: crew
    kind: faq
    title: How the group got in
    answer: The group sent phishing mail.
    questions: [How did the crew get in?]
    sources: [src]`);
    const crew = concept(index, 'who ran the crew', 'crew');
    // "hackers", the second plainer word, is one this knowledge base lacks.
    expect(crew?.variants.map((v) => v.stems.join(' '))).toEqual(['crew', stem('group')]);
  });

  it('change nothing when the knowledge base knows none of their plainer words', () => {
    const index = indexOver();
    // "envoys" would be diplomats, which this knowledge base never mentions: still an unknown word.
    expect(concept(index, 'did the envoys run servers', 'envoys')?.known).toBe(false);
  });

  it('read names people give a group and the words of a newsroom as the plainer ones ("designations", "spokeswoman")', () => {
    const index = indexOver(`  - id: names
    kind: faq
    title: The names of APT40
    answer: APT40 has other names; its spokesman lists them.
    sources: [src]
`);
    const designations = concept(index, 'what other designations does apt40 have', 'designations');
    expect(designations?.known).toBe(true);
    expect(designations?.variants.map((v) => v.stems.join(' '))).toContain(stem('names'));
    expect(index.search('what other designations does apt40 have').hits[0]?.entry.id).toBe('names');
    expect(concept(index, 'what did the spokeswoman say', 'spokeswoman')?.variants.map((v) => v.stems.join(' '))).toContain(stem('spokesman'));
  });

  it('read being rattled or jittery as being worried', () => {
    const index = indexOver(`  - id: worry
    kind: faq
    title: Why the donor was worried
    answer: The largest donor was worried about the vote.
    sources: [src]`);
    for (const word of ['rattled', 'unnerved', 'jittery']) {
      expect(concept(index, `why was the donor ${word}`, word)?.variants.map((v) => v.stems.join(' ')), word).toContain(stem('worried'));
    }
  });

  it('leave everyday products unread, so an off-topic question about one is still declined', async () => {
    // "telegram", "spreadsheet", "antivirus" are left out on purpose: read as messages, files or detection,
    // a question about setting one up looked answerable to the shipped knowledge.
    const snapshot = await shippedSnapshot();
    for (const question of ['how do I set up telegram on my laptop', 'which spreadsheet program is cheapest', 'what antivirus should I buy for my mum']) {
      expect(answerQuestion(question, snapshot).outcome, question).toBe('abstained');
    }
  });

  it("read an official's formal words as the plain ones the knowledge uses (\"participated\" as took part)", async () => {
    const snapshot = await shippedSnapshot();
    const answer = answerQuestion('how many political parties participated in the July 2018 election?', snapshot);
    expect(answer.outcome).toBe('answered');
    expect(answer.entryIds[0]).toBe('election-day-2018');
    const discrepancy = answerQuestion('the discrepancy among the sources regarding how long the group has been active?', snapshot);
    expect(discrepancy.entryIds[0]).toBe('actor-active-since');
  });

  it('are matched in any inflection of the listed word', () => {
    expect(concept(indexOver(), 'who bankrolls the commission', 'bankrolls')?.known).toBe(true);
    expect(concept(indexOver(), 'who was bankrolling the commission', 'bankrolling')?.known).toBe(true);
  });

  it('are not matched by another word the stemmer cuts to the same letters ("businesses" is no form of "busy")', () => {
    expect(stem('businesses')).toBe(stem('busy'));
    const index = indexOver(`  - id: active
    kind: faq
    title: How long the group was active
    answer: The group was active for years.
    questions: [How long was the group active?]
    sources: [src]`);
    expect(concept(index, 'how long was the group busy', 'busy')?.variants.map((v) => v.stems.join(' '))).toContain('activ');
    expect(concept(index, 'which businesses did the group target', 'businesses')?.variants.map((v) => v.stems.join(' ')) ?? []).not.toContain('activ');
  });

  it('drop placeholders for people and things that say nothing about the subject ("these guys", "stuff")', () => {
    const index = indexOver(`  - id: stuff
    kind: faq
    title: Office stuff
    answer: Stuff and guys.
    sources: [src]`);
    expect(index.search('who ran the servers for these guys').concepts.map((c) => c.label)).not.toContain('guys');
    // Even where the knowledge has the word, it is not what a question asks about.
    expect(index.search('who funded the servers and stuff').concepts.map((c) => c.label)).toEqual(['funded', 'servers']);
  });

  it('read a possessive typed without its apostrophe as the name ("apt40s servers")', () => {
    expect(concept(indexOver(), 'where are apt40s servers', 'apt40s')?.known).toBe(true);
  });

  it('read a misspelt name\'s possessive typed without its apostrophe as the name, before an everyday word one slip away', () => {
    const index = indexOver(`  - id: sokha
    kind: faq
    title: Kem Sokha
    names: [Kem Sokha]
    answer: Kem Sokha led the opposition.
    sources: [src]
`);
    // "sokas" is one slip from "sodas" too; "soka" is one from the name.
    expect(concept(index, 'who is kem sokas daughter', 'sokas')?.variants.map((v) => v.stems.join(' '))).toEqual([stem('sokha')]);
  });

  it('read a misspelt everyday word as that word, but never an English word or a short name', () => {
    const index = indexOver();
    const labels = (q: string) => index.search(q).concepts.map((c) => c.label);
    expect(labels('who ran thier servers')).not.toContain('thier');
    expect(labels('what did the servers cost')).toContain('cost');
  });

  it('read a misspelt everyday word as that word before a rarer word of the knowledge one edit away', () => {
    // "waht" is one edit from "what" and from "wait", which the knowledge has; "what" is the likelier.
    const index = indexOver(`  - id: waiting
    kind: faq
    title: Why the commission had to wait
    answer: The commission had to wait for the results.
    sources: [src]
`);
    expect(index.search('waht did the donor fund').concepts.map((c) => c.label)).toEqual(['donor', 'fund']);
    // Three letters are too few to correct against the knowledge; two swapped of a stopword is the slip.
    expect(index.search('hwo did the donor fund it').concepts.map((c) => c.label)).toEqual(['donor', 'fund']);
  });

  it('read the start of a name before "something" as the known names it begins, when they are few', () => {
    const index = indexOver(`  - id: domains
    kind: faq
    title: The domains
    answer: The spies used mlcdailynews.com, and servers called serv1, serv2, servant, serving and service.
    sources: [src]
`);
    expect(index.search('which domain was it, mlc something?').hits[0]?.entry.id).toBe('domains');
    expect(concept(index, 'which domain was it, mlc something?', 'mlc')?.known).toBe(true);
    // Without "something" it is an unknown word; a start many words share names nothing in particular.
    expect(concept(index, 'which domain was it, mlc?', 'mlc')?.known).toBe(false);
    expect(concept(index, 'the ser something', 'ser')?.known ?? false).toBe(false);
  });

  it('read a non-word one slip from a name of the knowledge as the name, before a stopword as close ("htan")', () => {
    const index = indexOver(`  - id: htran
    kind: faq
    title: HTran
    names: [HTran]
    answer: HTran relays connections.
    sources: [src]
`);
    expect(concept(index, 'what is htan used for', 'htan')?.variants.map((v) => v.stems.join(' '))).toEqual([stem('htran')]);
    expect(index.search('what is htan used for').hits[0]?.entry.id).toBe('htran');
  });

  it('read a word one slip from a known word as it, not as a compound with a half of three letters', () => {
    const index = indexOver(`  - id: meeting
    kind: faq
    title: Who they met
    answer: The spies met officials who govern the commission.
    sources: [src]
`);
    const governmet = concept(index, 'who leads the governmet', 'governmet');
    expect(governmet?.variants.map((v) => v.stems.join(' '))).toEqual([stem('government')]);
    // Two halves of four letters or more stay a compound.
    expect(concept(index, 'the spiesservers', 'spiesservers')?.variants.map((v) => v.stems.join(' '))).toEqual([`${stem('spies')} ${stem('servers')}`]);
  });

  it('read a compound with a slip in its second half as the two known words ("webshels")', () => {
    const index = indexOver(`  - id: tools
    kind: faq
    title: Their tools
    answer: The spies planted a web shell on each server.
    sources: [src]
`);
    expect(concept(index, 'did they use webshels', 'webshels')?.known).toBe(true);
    expect(index.search('did they use webshels').hits[0]?.entry.id).toBe('tools');
  });

  it('index "based on" as joining words, not as where someone is based', () => {
    const index = indexOver(`  - id: assessment
    kind: faq
    title: What the analysts assessed about APT40
    answer: Based on the logs, based on the servers and based on the lures, the analysts assessed APT40.
    sources: [src]
  - id: location
    kind: faq
    title: Hainan
    answer: APT40 works from a base in Hainan, where it is based, its officers say.
    sources: [src]
`);
    expect(index.search('where is APT40 based').hits[0]?.entry.id).toBe('location');
  });

  it('read an uncommon word that is a stopword with two letters swapped as the stopword, but not a common one', () => {
    const index = indexOver();
    const labels = (q: string) => index.search(q).concepts.map((c) => c.label);
    // "dose" is a word, but "what dose X do" is "what does X do".
    expect(labels('what dose the donor fund')).toEqual(['donor', 'fund']);
    // "form" (a common word) is meant as typed, though "from" is one swap away.
    expect(labels('what form did the donor fund take')).toContain('form');
  });
});
