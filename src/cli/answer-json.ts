import type { AnswerResult } from '../answer/answer-question.ts';
import { markdownToPlain } from '../core/plain-text.ts';

/** The CLI's answer object: a stable contract for scripts. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  title: string;
  text: string;
  sources: { id: string; label: string; url?: string }[];
  confidence: number;
  entries: string[];
  suggestions: string[];
}

export function answerJson(question: string, result: AnswerResult): AnswerJson {
  const { reply } = result;
  return {
    question,
    answered: result.outcome === 'answered',
    title: reply.title ?? '',
    text: [markdownToPlain(reply.body), ...reply.fields.map((f) => `${f.name}: ${markdownToPlain(f.value)}`)].join('\n\n'),
    sources: reply.sources,
    confidence: result.confidence,
    entries: reply.answer?.entryIds ?? [],
    suggestions: reply.suggestions.map((s) => s.label),
  };
}

/** The object for a blank input line in `ask --jsonl`: nothing asked, nothing answered. */
export function blankLineJson(): AnswerJson {
  return { question: '', answered: false, title: '', text: 'Ask me something: the line was blank.', sources: [], confidence: 0, entries: [], suggestions: [] };
}
