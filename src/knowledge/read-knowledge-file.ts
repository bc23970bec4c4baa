import type { KnowledgeProblem } from './problems.ts';

/**
 * A knowledge file's bytes as text, or a problem that names the encoding: knowledge files are UTF-8, and a
 * file saved as UTF-16 or Latin-1 would otherwise be misread (`Caf\ufffd`) or rejected with a puzzling message.
 */
export function decodeKnowledgeFile(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: KnowledgeProblem } {
  const at = (line: number, message: string) => ({ ok: false as const, problem: { file, line, column: 1, field: '', message } });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return at(1, 'the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8');
  }
  if (bytes.length > 1 && bytes.subarray(0, Math.min(bytes.length, 200)).filter((b) => b === 0).length > 0) {
    return at(1, 'the file holds NUL bytes: it is saved as UTF-16 or is not a text file; save it as UTF-8');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, offset).filter((b) => b === 0x0a).length;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return at(line, `byte 0x${byte} is not valid UTF-8; the file looks saved as Latin-1 or Windows-1252: save it as UTF-8`);
  }
}

/** The offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
