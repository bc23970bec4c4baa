import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

/** Types lines into the console chat and returns everything it printed, once it has read them all. */
async function chat(lines: string[]): Promise<string> {
  const { pipeline } = await shippedBotWithAdmin({ defaults: { cooldownSeconds: 0 } });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const adapter = createConsoleAdapter({ pipeline, input, output, color: false });
  await adapter.start();
  input.write(`${[...lines, '/quit'].join('\n')}\n`);
  await adapter.finished;
  return text;
}

describe('/check, /technique and /quiz in the console chat', () => {
  it('checks a lookalike domain, answers /technique by ID and by name, and follows a numbered choice', async () => {
    const text = await chat(['/check licadho-org[.]net', '/technique T1566.001', '/technique spearphishing', '2']);
    expect(text).toContain('licadho-org[.]net uses the name LICADHO');
    expect(text).not.toContain('licadho-org.net');
    expect(text).toContain('T1566.001 Phishing: Spearphishing Attachment');
    expect(text).toContain('MITRE ATT&CK\u00ae Enterprise v18.1');
    expect(text).toMatch(/9 ATT&CK techniques match/);
    // "2" picked the second listed technique, which the group uses: its page follows the list.
    expect(text.lastIndexOf('TEMP.Periscope / APT40 uses it')).toBeGreaterThan(text.indexOf('9 ATT&CK techniques match'));
  });

  it('runs the quiz by number keys: a question, an answer with its explanation, the next question', async () => {
    const text = await chat(['/quiz', '2', '1']);
    expect(text).toContain('Quiz: question 1 of');
    expect(text).toMatch(/(Right|Not quite): question 1 of/);
    expect(text).toContain('Score so far: ');
    expect(text).toContain('Quiz: question 2 of');
  });
});
