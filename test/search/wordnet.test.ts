import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WordNetReader } from '../../src/search/wordnet.ts';

/**
 * A tiny WordNet in the Princeton format: a licence header, then sorted index lines; data lines whose
 * offset is their own byte position, as the reader relies on.
 */
function writeDict(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wordnet-'));
  const synsets = [
    { words: ['spy', 'undercover_agent'], hypernyms: [1], gloss: 'a secret agent' },
    { words: ['agent'], hypernyms: [], gloss: 'a representative' },
    { words: ['Lazarus'], hypernyms: [], gloss: 'a name' },
  ];
  const header = '  1 This software and database is being provided to you, the LICENSEE, by\n  2 Princeton University under the following license.\n';
  let data = header;
  const offsets: number[] = [];
  // Offsets are fixed-width, so a line's length does not depend on the offsets it points to.
  const pad = (n: number) => String(n).padStart(8, '0');
  for (const s of synsets) {
    offsets.push(Buffer.byteLength(data));
    data += `${pad(0)} 18 n ${s.words.length.toString(16).padStart(2, '0')} ${s.words.map((w) => `${w} 0`).join(' ')} ${String(s.hypernyms.length).padStart(3, '0')} ${s.hypernyms.map(() => `@ ${pad(0)} n 0000`).join(' ')} | ${s.gloss}\n`;
  }
  data = header;
  synsets.forEach((s, i) => {
    data += `${pad(offsets[i]!)} 18 n ${s.words.length.toString(16).padStart(2, '0')} ${s.words.map((w) => `${w} 0`).join(' ')} ${String(s.hypernyms.length).padStart(3, '0')} ${s.hypernyms.map((h) => `@ ${pad(offsets[h]!)} n 0000`).join(' ')} | ${s.gloss}\n`;
  });
  writeFileSync(path.join(dir, 'data.noun'), data);
  const index = [
    "'hood n 1 1 @ 1 0 " + pad(offsets[1]!),
    `agent n 1 1 @ 1 1 ${pad(offsets[1]!)}`,
    `lazarus n 1 0 1 0 ${pad(offsets[2]!)}`,
    `spy n 2 2 @ ~ 2 1 ${pad(offsets[0]!)} ${pad(offsets[1]!)}`,
    `undercover_agent n 1 1 @ 1 0 ${pad(offsets[0]!)}`,
  ];
  writeFileSync(path.join(dir, 'index.noun'), header + index.map((line) => `${line}  \n`).join(''));
  return dir;
}

describe('WordNetReader', () => {
  let reader: WordNetReader | undefined;
  afterEach(() => reader?.close());

  it('finds the first, a middle and the last lemma of an index by binary search, past the licence header', () => {
    reader = new WordNetReader(writeDict());
    expect(reader.lookup("'hood", 'noun')?.synsets).toHaveLength(1);
    expect(reader.lookup('spy', 'noun')).toMatchObject({ lemma: 'spy', taggedSenses: 1 });
    expect(reader.lookup('spy', 'noun')?.synsets).toHaveLength(2);
    expect(reader.lookup('undercover agent', 'noun')?.lemma).toBe('undercover agent');
  });

  it('answers nothing for a lemma that is not listed, before, between or after the listed ones', () => {
    reader = new WordNetReader(writeDict());
    for (const missing of ['!', 'aardvark', 'spyware', 'zzz']) expect(reader.lookup(missing, 'noun'), missing).toBeUndefined();
  });

  it('reads a synset by its offset: its words, phrases spelled with spaces, and its hypernyms', () => {
    reader = new WordNetReader(writeDict());
    const spy = reader.lookup('spy', 'noun')!;
    const synset = reader.synset('noun', spy.synsets[0]!);
    expect(synset.lemmas).toEqual(['spy', 'undercover agent']);
    expect(synset.hypernyms).toHaveLength(1);
    expect(reader.synset(...synset.hypernyms[0]!).lemmas).toEqual(['agent']);
  });

  it('keeps the capital of a name, so a name can be told from a common word', () => {
    reader = new WordNetReader(writeDict());
    expect(reader.synset('noun', reader.lookup('lazarus', 'noun')!.synsets[0]!).lemmas).toEqual(['Lazarus']);
  });
});
