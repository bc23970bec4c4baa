import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** WordNet's four parts of speech, as its files name them. */
export const WORDNET_POS = ['noun', 'verb', 'adj', 'adv'] as const;
export type WordNetPos = (typeof WORDNET_POS)[number];

/** A word's entry in one part of speech: its meanings (synsets), commonest first. */
export interface IndexEntry {
  pos: WordNetPos;
  /** Base form the entry is listed under ("throttle" for "throttled"). */
  lemma: string;
  /** Byte offsets of its synsets in data.<pos>, in WordNet's sense order (commonest first). */
  synsets: number[];
  /** How many of those senses were seen in WordNet's tagged corpus: how common the word is in this part of speech. */
  taggedSenses: number;
}

/** One meaning: the words that say it, and the broader meanings it is a kind of. */
export interface Synset {
  /** Lemmas as WordNet writes them (capitalised for names), words of a phrase separated by spaces ("command and control"). */
  lemmas: string[];
  /** Hypernyms (and instance hypernyms): [part of speech, offset]. */
  hypernyms: Array<[WordNetPos, number]>;
}

/**
 * Reads a WordNet database (the Princeton files index.<pos> and data.<pos>) straight from disk, without
 * loading it: index files are sorted, so a lemma is found by binary search over byte positions, and a
 * synset's offset is its byte position in the data file. A lookup costs a few dozen small reads of pages
 * the OS keeps cached; nothing is held in memory but the open file descriptors.
 */
export class WordNetReader {
  private readonly files = new Map<string, { fd: number; size: number }>();

  constructor(private readonly dictDir: string) {}

  /** The entries for `lemma` (already a base form, lower case, spaces or underscores) in each part of speech that lists it. */
  lookup(lemma: string, pos: WordNetPos): IndexEntry | undefined {
    const key = lemma.replace(/ /g, '_');
    const line = this.findIndexLine(pos, key);
    if (!line) return undefined;
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const taggedSenses = Number(fields[5 + pointerCount]);
    const synsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
    return { pos, lemma: key.replace(/_/g, ' '), synsets, taggedSenses };
  }

  /** The synset at `offset` in data.<pos>. */
  synset(pos: WordNetPos, offset: number): Synset {
    const line = this.readLine(`data.${pos}`, offset);
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss
    const fields = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const lemmas: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      // Adjectives may carry a syntactic marker: "galore(ip)".
      lemmas.push(fields[4 + 2 * i]!.replace(/\(\w+\)$/, '').replace(/_/g, ' '));
    }
    const pointersAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointersAt]);
    const hypernyms: Array<[WordNetPos, number]> = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, target, posLetter] = fields.slice(pointersAt + 1 + 4 * i, pointersAt + 5 + 4 * i);
      if (symbol === '@' || symbol === '@i') hypernyms.push([posFromLetter(posLetter!), Number(target)]);
    }
    return { lemmas, hypernyms };
  }

  close(): void {
    for (const { fd } of this.files.values()) closeSync(fd);
    this.files.clear();
  }

  private file(name: string): { fd: number; size: number } {
    let file = this.files.get(name);
    if (!file) {
      const fd = openSync(path.join(this.dictDir, name), 'r');
      file = { fd, size: fstatSync(fd).size };
      this.files.set(name, file);
    }
    return file;
  }

  /** Binary search over byte positions: the line starting at or after a midpoint decides which half to keep. */
  private findIndexLine(pos: WordNetPos, key: string): string | undefined {
    const name = `index.${pos}`;
    const { size } = this.file(name);
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const start = middle === 0 ? 0 : this.nextLineStart(name, middle);
      if (start >= high) {
        high = middle;
        continue;
      }
      const line = this.readLine(name, start);
      const lemma = line.slice(0, line.indexOf(' ') >>> 0);
      // The licence at the top is indented: its lines sort before every lemma.
      const order = line.startsWith(' ') ? -1 : compareBytes(lemma, key);
      if (order === 0) return line;
      if (order < 0) low = start + line.length + 1;
      else high = middle;
    }
    return undefined;
  }

  private nextLineStart(name: string, from: number): number {
    const { fd, size } = this.file(name);
    const buffer = Buffer.alloc(512);
    for (let at = from - 1; at < size; at += buffer.length) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      const newline = buffer.subarray(0, read).indexOf(10);
      if (newline >= 0) return at + newline + 1;
      if (read === 0) break;
    }
    return size;
  }

  private readLine(name: string, start: number): string {
    const { fd } = this.file(name);
    let buffer = Buffer.alloc(1024);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, start + length);
      const newline = buffer.subarray(length, length + read).indexOf(10);
      if (newline >= 0) return buffer.toString('latin1', 0, length + newline);
      length += read;
      if (read === 0) return buffer.toString('latin1', 0, length);
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
    }
  }
}

function posFromLetter(letter: string): WordNetPos {
  switch (letter) {
    case 'n':
      return 'noun';
    case 'v':
      return 'verb';
    case 'r':
      return 'adv';
    default:
      return 'adj'; // 'a' and satellite 's'
  }
}

/** Byte order, as WordNet sorts its index files (all ASCII). */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
