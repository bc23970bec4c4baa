import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Adapter } from '../../src/core/adapter.ts';
import type { Pipeline } from '../../src/core/pipeline.ts';
import type { Suggestion } from '../../src/core/reply.ts';
import { renderTerminal } from './render-terminal.ts';
import { wrapText } from './wrap-text.ts';

export interface ConsoleAdapterConfig {
  pipeline: Pipeline;
  input: Readable;
  output: Writable;
  /** ANSI colours; on by default when the output is a terminal. */
  color?: boolean;
  /** Who types at this console; the operator by default (start-up names them a maintainer). */
  userId?: string;
  /** Called once each line has been handled, replied to or not (scripts and tests wait on it). */
  onHandled?: () => void;
}

/** The console user's id: the person who started the bot on this machine. */
export const CONSOLE_OPERATOR = 'operator';
const QUIT = new Set(['/quit', '/exit', 'quit', 'exit']);

/**
 * An interactive chat in the terminal: each line is handled exactly as a chat message would be, and a
 * number picks one of the previous reply's suggestions (the console's buttons).
 */
export function createConsoleAdapter({ pipeline, input, output, color, userId = CONSOLE_OPERATOR, onHandled }: ConsoleAdapterConfig): Adapter {
  const useColor = color ?? Boolean((output as { isTTY?: boolean }).isTTY);
  // A prompt helps a person at a terminal; piped input (scripts, tests) gets clean output instead.
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  let rl: Interface | undefined;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let suggestions: Suggestion[] = [];
  /** The last answer's id, for `+` (helpful) and `-` (not helpful): the console's feedback buttons. */
  let lastAnswerId: string | undefined;
  let queue = Promise.resolve();

  // A terminal gets lines wrapped at its width, between words; piped output is left as it is.
  const columns = () => (output as { isTTY?: boolean; columns?: number }).isTTY ? (output as { columns?: number }).columns : undefined;
  const write = (text: string) => {
    const width = columns();
    output.write(`${width ? wrapText(text, width) : text}\n`);
  };

  async function handle(line: string): Promise<void> {
    const text = line.trim();
    if (!text) {
      if (interactive) rl?.prompt();
      return;
    }
    if (QUIT.has(text.toLowerCase())) {
      rl?.close();
      return;
    }
    const picked = /^\d+$/.test(text) ? suggestions[Number(text) - 1] : undefined;
    const rating = (text === '+' || text === '-') && lastAnswerId ? { type: 'feedback' as const, answerId: lastAnswerId, helpful: text === '+' } : undefined;
    const reply = await (await pipeline.handle({ platform: 'console', user: { id: userId }, via: 'console', input: rating ?? { type: 'text', text: picked ? picked.run : text } })).reply;
    if (reply) {
      if (!rating) {
        suggestions = reply.suggestions;
        lastAnswerId = reply.kind === 'answer' ? reply.answer?.id : undefined;
      }
      write(`\n${renderTerminal(reply, { color: useColor })}${lastAnswerId && !rating ? '\n\nHelpful? Type + or -.' : ''}\n`);
    }
    if (interactive) rl?.prompt();
  }

  return {
    name: 'console',
    finished,
    async start() {
      rl = createInterface({ input, output, terminal: interactive, prompt: '> ' });
      write('ballotguard: ask about the 2018 cyber-espionage campaign against Cambodia\u2019s election, or how to stay safe.');
      write('Type a question, /help for commands, a number to pick a suggestion, /quit to leave.');
      // Lines are answered one at a time, in order, even when pasted all at once.
      rl.on('line', (line) => {
        queue = queue.then(() => handle(line)).then(() => onHandled?.());
      });
      rl.on('close', () => {
        void queue.then(() => finish());
      });
      if (interactive) rl.prompt();
    },
    async stop() {
      rl?.close();
      await finished;
    },
  };
}
