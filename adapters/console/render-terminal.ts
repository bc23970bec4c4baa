import { withLiterals } from '../../src/core/markdown-escape.ts';
import type { Reply } from '../../src/core/reply.ts';
import { terminalSafe } from '../../src/core/terminal-safe.ts';

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const CYAN = '\u001b[36m';
const RESET = '\u001b[0m';

/** A reply as terminal text; with `color`, markdown emphasis becomes ANSI bold and code becomes cyan. */
export function renderTerminal(reply: Reply, { color }: { color: boolean }): string {
  const style = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  // Reply text is made terminal-safe before this renderer adds escape codes of its own.
  const inline = (text: string) =>
    withLiterals(terminalSafe(text), (t) =>
      t
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => `${label} (${url})`)
        .replace(/\*\*([^*]+)\*\*/g, (_m, bold: string) => style(BOLD, bold))
        .replace(/`([^`]+)`/g, (_m, code: string) => style(CYAN, code)),
    );
  const plain = (text: string) => withLiterals(terminalSafe(text), (t) => t);

  const lines: string[] = [];
  if (reply.title) lines.push(style(BOLD, plain(reply.title)), '');
  lines.push(inline(reply.body));
  for (const field of reply.fields) lines.push('', `${style(BOLD, `${plain(field.name)}:`)} ${inline(field.value)}`);
  if (reply.sources.length > 0) {
    lines.push('', style(DIM, 'Sources:'));
    for (const source of reply.sources) lines.push(style(DIM, plain(`  - ${source.label}${source.url ? ` ${source.url}` : ''}`)));
  }
  if (reply.suggestions.length > 0) {
    lines.push('', 'You could ask (type the number):');
    reply.suggestions.forEach((s, i) => lines.push(`  ${style(BOLD, `[${i + 1}]`)} ${plain(s.label)}`));
  }
  return lines.join('\n');
}
