/**
 * File hashes as people paste them and the sources give them: runs of hex digits as long as the kind of hash.
 * The names are those the knowledge's indicators are typed by (`md5`, `sha256`).
 */
export const HASH_HEX_DIGITS = { md5: 32, sha1: 40, sha256: 64 } as const;

export type HashKind = keyof typeof HASH_HEX_DIGITS;

/**
 * A hash of one of `kinds` standing alone, not inside a longer run of letters, digits or underscores (a file
 * name, an identifier): "our scanner found 3c51c890… on a laptop", "ba1e5b53… (md5)".
 */
export function hashPattern(...kinds: readonly HashKind[]): RegExp {
  const lengths = [...new Set(kinds.map((kind) => HASH_HEX_DIGITS[kind]))].sort((a, b) => b - a);
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${lengths.map((n) => `[0-9a-f]{${n}}`).join('|')})(?![\p{L}\p{N}_])`, 'iu');
}
