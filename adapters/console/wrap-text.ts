/** ANSI colour codes take no room on screen. */
const STYLE = /\u001b\[[0-9;]*m/g;

const visibleLength = (text: string) => text.replace(STYLE, '').length;

/**
 * Word-wraps terminal text to `width` columns, keeping each line's indentation (and a list item's marker
 * width) on the lines it continues onto. Words longer than a line (URLs) are left whole.
 */
export function wrapText(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visibleLength(line) <= width) return line;
      const indent = /^(\s*(?:[-*\u2022]\s+|\[\d+\]\s+|\S+:\s)?)/.exec(line.replace(STYLE, ''))?.[1] ?? '';
      const hanging = ' '.repeat(indent.length < width / 2 ? indent.length : 0);
      const words = line.split(/(?<=\S) (?=\S)/);
      const out: string[] = [];
      let current = '';
      for (const word of words) {
        if (current && visibleLength(current) + 1 + visibleLength(word) > width) {
          out.push(current);
          current = `${hanging}${word}`;
        } else {
          current = current ? `${current} ${word}` : word;
        }
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
