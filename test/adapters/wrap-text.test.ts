import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { wrapText } from '../../adapters/console/wrap-text.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

describe('console word-wrapping', () => {
  it('wraps between words at the width, keeping a list item\u2019s indentation, ignoring colour codes', () => {
    const wrapped = wrapText('  - \u001b[1mone\u001b[0m two three four five six seven eight nine ten', 24);
    expect(wrapped.split('\n')).toEqual(['  - \u001b[1mone\u001b[0m two three four', '    five six seven eight', '    nine ten']);
    expect(wrapText('short line', 24)).toBe('short line');
    expect(wrapText('https://example.org/a/very/long/address/that/cannot/break', 24)).toBe('https://example.org/a/very/long/address/that/cannot/break');
  });

  it('wraps replies to the terminal\u2019s width, and leaves piped output alone', async () => {
    const { pipeline } = await shippedBotWithAdmin({ defaults: { cooldownSeconds: 0 } });
    const run = async (tty: boolean) => {
      const input = new PassThrough();
      const output = Object.assign(new PassThrough(), tty ? { isTTY: true, columns: 40 } : {});
      let text = '';
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const adapter = createConsoleAdapter({ pipeline, input, output, color: false });
      await adapter.start();
      input.end('who was behind the attacks?\n');
      await adapter.finished;
      return text.split('\n');
    };
    // Only a word longer than a line (a source's URL) may overflow it.
    const wrapped = await run(true);
    expect(wrapped.filter((l) => l.length > 40 && /\S\s+\S/.test(l.trim()))).toEqual([]);
    expect(wrapped.length).toBeGreaterThan((await run(false)).length);
    expect((await run(false)).some((l) => l.length > 40 && /\S\s+\S/.test(l.trim()))).toBe(true);
  });
});
