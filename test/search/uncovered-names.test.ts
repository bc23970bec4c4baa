import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.ts';
import type { Entry } from '../../src/knowledge/schema.ts';
import { distinctiveSpellings, UncoveredNames } from '../../src/search/uncovered-names.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

const entry = (answer: string, names: string[] = []): Entry => ({
  kind: 'faq', id: 'e', title: 'An entry', answer, questions: ['what is it?'], names, tags: [], sources: ['s'], related: [],
});

describe('names of groups and software the knowledge does not cover', () => {
  const names = (...list: string[]) => distinctiveSpellings(list);

  it('runs a name the entries never use together into one word, and leaves the others', () => {
    const uncovered = new UncoveredNames(names('Fancy Bear', 'APT28', 'Sandworm Team', 'Kryptonite Panda'), [entry('APT28 used Responder.', ['Kryptonite Panda'])]);
    expect(uncovered.mark(['what', 'is', 'fancy', 'bear'])).toEqual(['what', 'is', 'fancybear']);
    expect(uncovered.has('fancybear')).toBe(true);
    // Without the word saying what it is, and with its letters apart from its digits when the knowledge uses it.
    expect(uncovered.mark(['did', 'sandworm', 'hack', 'it'])).toEqual(['did', 'sandworm', 'hack', 'it']);
    expect(uncovered.has('sandworm')).toBe(true);
    expect(uncovered.mark(['the', 'sandworm', 'team'])).toEqual(['the', 'sandwormteam']);
    expect(uncovered.has('apt28')).toBe(false);
    expect(uncovered.mark(['apt', '28', 'techniques'])).toEqual(['apt', '28', 'techniques']);
    expect(uncovered.has('kryptonitepanda')).toBe(false);
    const words = ['who', 'is', 'kryptonite', 'panda'];
    expect(uncovered.mark(words)).toBe(words);
  });

  it('reads an everyday word or a short one as no group', () => {
    expect(names('Silence', 'Net', 'Lazarus', 'Sandworm Team').map((words) => words.join(' '))).toEqual(['sandworm team', 'sandworm']);
  });

  it('counts a name the knowledge writes as two words as used ("webshell" for "web shell")', () => {
    const uncovered = new UncoveredNames(names('Webshell', 'Charming Kitten'), [entry('A web shell on the server.')]);
    expect(uncovered.has('webshell')).toBe(false);
    expect(uncovered.has('charmingkitten')).toBe(true);
  });
});

describe('a question about another group over the shipped knowledge', () => {
  let snapshot: KnowledgeSnapshot;
  beforeAll(async () => {
    snapshot = await shippedSnapshot();
  });

  it('reads the group\u2019s name as one name the knowledge lacks, not as its everyday words', () => {
    const { concepts, hits } = snapshot.index.search("what's charming kitten", { limit: 3 });
    expect(concepts.find((c) => c.label === 'charmingkitten')?.known).toBe(false);
    expect(hits[0]?.confidence ?? 0).toBeLessThan(0.5);
  });

  it('still reads a group the knowledge names as its own', () => {
    const { concepts } = snapshot.index.search('what did apt28 do', { limit: 3 });
    expect(concepts.find((c) => c.label === 'apt28')?.known).toBe(true);
  });
});
