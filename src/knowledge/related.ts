import type { Entry } from './schema.ts';

/** Two entries one of which lists the other as related: the same answer told another way (the e-mail and the person it was sent to). */
export function areRelated(a: Entry, b: Entry): boolean {
  return a.related.includes(b.id) || b.related.includes(a.id);
}
