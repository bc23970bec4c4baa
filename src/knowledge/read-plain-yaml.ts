import { CORE_SCHEMA, constructFromEvents, defineScalarTag, EVENT_ID, getScalarValue, NOT_RESOLVED, parseEvents, type Event } from 'js-yaml';

/**
 * The fast way to read a knowledge file: js-yaml's event parser, four to five times faster than the `yaml`
 * library that reports problems (parse-knowledge-file.ts), which a 100,000-entry reload spent most of its
 * time in. It reads only plain YAML, the only kind knowledge files need: one document, no anchors, aliases,
 * tags or directives, no carriage returns, no `__proto__`, nested at most 100 levels. For anything else, and
 * for anything it cannot read, it answers `undefined` and the file is read by the `yaml` library as before,
 * which gives every message and every refusal (alias bombs, deep nesting, duplicate keys) exactly as before.
 */

/** yaml's core-schema numbers exactly (yaml/dist/schema/core/int.js, float.js), so both readers give the same data. */
const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (s) =>
    /^0o[0-7]+$/.test(s) ? parseInt(s.slice(2), 8)
    : /^[-+]?[0-9]+$/.test(s) ? parseInt(s, 10)
    : /^0x[0-9a-fA-F]+$/.test(s) ? parseInt(s.slice(2), 16)
    : NOT_RESOLVED,
  identify: () => false,
});
const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve: (s) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)
    : /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s) ? parseFloat(s)
    : NOT_RESOLVED,
  identify: () => false,
});
const SCHEMA = CORE_SCHEMA.withTags(intTag, floatTag);

/** Where one item of a top-level list starts, and at most how long it can be (up to the next thing in the file). */
export interface ItemSpan {
  line: number;
  col: number;
  /** An upper bound of the item's length in characters. */
  maxLength: number;
}

export interface PlainYaml {
  data: unknown;
  /** The items of each top-level key whose value is a list (`entries`, `sources`), in order. */
  items: Map<string, ItemSpan[]>;
}

export function readPlainYaml(text: string): PlainYaml | undefined {
  if (text.includes('\r') || text.includes('__proto__')) return undefined;
  let events: Event[];
  let data: unknown;
  try {
    events = parseEvents(text, {});
    if (!isPlain(events)) return undefined;
    data = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 })[0];
  } catch {
    return undefined;
  }
  return { data, items: topLevelItems(text, events) };
}

/** One document without directives, and no node with an anchor or a tag, and no alias. */
function isPlain(events: Event[]): boolean {
  let documents = 0;
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) return false;
        break;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.POP:
        break;
      default:
        if (event.anchorStart !== -1 || event.tagStart !== -1) return false;
    }
  }
  return documents === 1;
}

/** The start of every item of the lists that are values of the root mapping, by key. */
function topLevelItems(text: string, events: Event[]): Map<string, ItemSpan[]> {
  const items = new Map<string, ItemSpan[]>();
  const lines = lineStarts(text);
  // events[0] is the document, events[1] its root node; walk the root mapping's pairs.
  if (events[1]?.type !== EVENT_ID.MAPPING) return items;
  let i = 2;
  while (events[i]?.type !== EVENT_ID.POP) {
    const key = events[i]!;
    const value = events[i + 1]!;
    const keyText = key.type === EVENT_ID.SCALAR ? getScalarValue(text, key) : undefined;
    i = skipNode(events, i);
    if (value.type !== EVENT_ID.SEQUENCE || keyText === undefined) {
      i = skipNode(events, i);
      continue;
    }
    const starts: number[] = [];
    i += 1;
    while (events[i]!.type !== EVENT_ID.POP) {
      starts.push(startOf(events[i]!));
      i = skipNode(events, i);
    }
    i += 1;
    const after = nextStart(events, i) ?? text.length;
    items.set(
      keyText,
      starts.map((start, k) => ({ ...linePos(lines, start), maxLength: (starts[k + 1] ?? after) - start })),
    );
  }
  return items;
}

/** The index of the event after the node that starts at events[i]. */
function skipNode(events: Event[], i: number): number {
  const type = events[i]!.type;
  if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  do {
    const t = events[i]!.type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP) depth--;
    i++;
  } while (depth > 0);
  return i;
}

function startOf(event: Event): number {
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  return -1;
}

/** Where the next node after events[i] (at any depth) starts, if any. */
function nextStart(events: Event[], i: number): number | undefined {
  for (; i < events.length; i++) {
    const start = startOf(events[i]!);
    if (start >= 0) return start;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
function linePos(starts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - starts[low]! + 1 };
}
