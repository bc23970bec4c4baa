import { describe, expect, it } from 'vitest';
import { parseCommandText, positionalOptions } from '../../src/commands/parse-command-text.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import { z } from 'zod';
import { defineCommand } from '../../src/commands/define-command.ts';
import { reply } from '../../src/core/reply.ts';

const parse = (text: string) => parseCommandText(text, USER_COMMANDS);

describe('parsing text typed to the bot', () => {
  it('reads a slash command and its argument', () => {
    const parsed = parse('/targets ministry of interior');
    expect(parsed).toMatchObject({ type: 'command', command: { name: 'targets' }, options: { filter: 'ministry of interior' } });
  });

  it('reads the same command without the slash', () => {
    expect(parse('targets ministry')).toMatchObject({ type: 'command', command: { name: 'targets' }, options: { filter: 'ministry' } });
    // Words that ask for the whole list are no filter.
    for (const text of ['targets list', 'targets pls', '/targets all', 'timeline full list please']) {
      expect(parse(text)).toMatchObject({ type: 'command', options: {} });
    }
    // A command that needs its text keeps it.
    expect(parse('/check all of it please')).toMatchObject({ type: 'command', options: { text: 'all of it please' } });
    expect(parse('Help')).toMatchObject({ type: 'command', command: { name: 'help' } });
  });

  it('keeps a sentence that starts with an option-less command word as a question', () => {
    expect(parse('about the election commission')).toEqual({ type: 'question', question: 'about the election commission' });
    expect(parse('help me understand phishing')).toEqual({ type: 'question', question: 'help me understand phishing' });
  });

  it('reads a command word opening a sentence, and the bare words of /check and /report, as questions', () => {
    for (const text of ['targets of the hackers?', 'timeline of the attacks', 'sources for the claim that China did it?', 'report phishing', 'check phishing email']) {
      expect(parse(text), text).toMatchObject({ type: 'question' });
    }
    expect(parse('/report phishing')).toMatchObject({ type: 'command', command: { name: 'report' } });
    expect(parse('check licadho-org[.]net')).toMatchObject({ type: 'command', command: { name: 'check' } });
    expect(parse('<@U024BE7LH> targets ministry')).toMatchObject({ type: 'command', command: { name: 'targets' }, options: { filter: 'ministry' } });
  });

  it('treats any other text as a question', () => {
    expect(parse('  who was targeted?  ')).toEqual({ type: 'question', question: 'who was targeted?' });
  });

  it('suggests the closest command for an unknown one', () => {
    expect(parse('/targts')).toEqual({ type: 'unknown-command', name: 'targts', didYouMean: ['targets'] });
    expect(parse('/zzzzzz')).toMatchObject({ type: 'unknown-command', didYouMean: [] });
  });

  it('reads blank input as empty', () => {
    expect(parse('   ')).toEqual({ type: 'empty' });
    expect(parse('/')).toEqual({ type: 'empty' });
  });

  it('gives each option one word, and the last option the rest of the line', () => {
    const teach = defineCommand({
      name: 'teach',
      description: 'test',
      options: z.object({ entry: z.string().describe('entry id'), question: z.string().describe('the question') }),
      permission: 'moderator',
      run: () => reply({ kind: 'info', body: 'ok' }),
    });
    expect(positionalOptions(teach, 'hun-sen who runs cambodia')).toEqual({ entry: 'hun-sen', question: 'who runs cambodia' });
    expect(positionalOptions(teach, 'hun-sen')).toEqual({ entry: 'hun-sen' });
  });
});
