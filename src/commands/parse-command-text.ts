import Fuse from 'fuse.js';
import { STOPWORDS } from '../search/stopwords.ts';
import { stripLeadingMentions } from '../understand/platform-markup.ts';
import type { AnyCommand } from './define-command.ts';
import { optionSpecs } from './option-specs.ts';

/** What a line of text typed to the bot asks for. */
export type ParsedText =
  | { type: 'command'; command: AnyCommand; options: Record<string, string> }
  | { type: 'question'; question: string }
  | { type: 'unknown-command'; name: string; didYouMean: string[] }
  | { type: 'empty' };

/**
 * Reads a message the way every adapter does: `/targets ministry` and `targets ministry` run the command,
 * anything else is a question for /ask (as typed: the answerer reads it). A bare word counts as a command
 * only when the command can take what follows it and what follows is not a sentence: "about" shows /about,
 * "targets ministry" filters /targets, but "about the NEC" and "targets of the hackers?" are questions.
 */
export function parseCommandText(text: string, commands: readonly AnyCommand[]): ParsedText {
  // "<@U123> targets ministry": the mention that addressed the bot is not part of the command; what follows
  // it is kept exactly as typed (a filter, or a message to /check).
  const trimmed = stripLeadingMentions(text);
  if (!trimmed) return { type: 'empty' };
  const slash = trimmed.startsWith('/');
  const line = slash ? trimmed.slice(1) : trimmed;
  const word = line.split(/\s/, 1)[0] ?? '';
  // The rest keeps its line breaks: a message pasted after /check is read as written.
  const rest = line.slice(word.length).trim();
  const name = word.toLowerCase();
  const command = commands.find((c) => c.name === name);

  if (slash) {
    if (!name) return { type: 'empty' };
    if (!command) return { type: 'unknown-command', name, didYouMean: similarCommandNames(name, commands) };
    return { type: 'command', command, options: positionalOptions(command, onlyAsksForIt(command, rest) ? '' : rest) };
  }
  if (command && (rest === '' || onlyAsksForIt(command, rest))) return { type: 'command', command, options: {} };
  if (command && runsBare(command, rest) && optionSpecs(command).length > 0 && !readsAsSentence(rest)) {
    return { type: 'command', command, options: positionalOptions(command, rest) };
  }
  return { type: 'question', question: text.trim() };
}

function runsBare(command: AnyCommand, rest: string): boolean {
  return typeof command.bareWord === 'function' ? command.bareWord(rest) : command.bareWord !== false;
}

/** Words after a command's name that ask for its whole output, not a filter: "targets list", "/timeline pls". */
const ASKING_FOR_IT = new Set(['list', 'all', 'full', 'whole', 'complete', 'overview', 'summary', 'everything', 'please', 'pls', 'plz', 'thanks', 'thx', 'again']);

function onlyAsksForIt(command: AnyCommand, rest: string): boolean {
  // Only a command that runs without options has a whole output to ask for: "/check please" is something to check.
  if (optionSpecs(command).some((spec) => spec.required)) return false;
  const words = rest.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words !== null && words.some((word) => ASKING_FOR_IT.has(word)) && words.every((word) => ASKING_FOR_IT.has(word) || STOPWORDS.has(word));
}

/** "of the hackers?", "for the claim that…": words after a command name that continue a sentence, not a filter. */
function readsAsSentence(rest: string): boolean {
  const first = rest.split(/\s+/)[0]!.toLowerCase();
  return /\?\s*$/.test(rest) || STOPWORDS.has(first);
}

/** Splits the text after a command over its options in order; the last option takes the rest of the line. */
export function positionalOptions(command: AnyCommand, rest: string): Record<string, string> {
  const specs = optionSpecs(command);
  const options: Record<string, string> = {};
  let remaining = rest.trim();
  specs.forEach((spec, i) => {
    if (!remaining) return;
    if (i === specs.length - 1) {
      options[spec.name] = remaining;
      remaining = '';
      return;
    }
    const first = remaining.split(/\s/, 1)[0] ?? '';
    options[spec.name] = first;
    remaining = remaining.slice(first.length).trim();
  });
  return options;
}

/** Command names close to a mistyped one, best first. */
export function similarCommandNames(name: string, commands: readonly AnyCommand[]): string[] {
  const fuse = new Fuse(commands.map((c) => c.name), { threshold: 0.45, includeScore: true });
  return fuse.search(name.slice(0, 32), { limit: 3 }).map((hit) => hit.item);
}
