/**
 * Joins hard-wrapped lines back into paragraphs. Moderators wrap long answers in YAML for readability;
 * chat clients would show those breaks literally. Blank lines and list items ("- ", "* ", "1. ") are kept.
 */
export function reflowMarkdown(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const last = out.length - 1;
    if (line === '') {
      if (last >= 0 && out[last] !== '') out.push('');
    } else if (/^([-*]|\d+\.)\s/.test(line) || last < 0 || out[last] === '') {
      out.push(line);
    } else {
      out[last] = `${out[last]} ${line}`;
    }
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
