import { withLiterals } from './markdown-escape.ts';
import type { Reply } from './reply.ts';

/** The reply's markdown subset as plain text: emphasis and code marks dropped, links as "text (url)". */
export function markdownToPlain(markdown: string): string {
  return withLiterals(markdown, (text) =>
    text
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1'),
  );
}

/** Title, body and fields as plain text: the CLI's output and the fallback text of rich messages. */
export function replyToPlainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(withLiterals(reply.title, (t) => t));
  if (reply.body) parts.push(markdownToPlain(reply.body));
  for (const field of reply.fields) parts.push(`${field.name}: ${markdownToPlain(field.value)}`);
  return parts.join('\n\n');
}
