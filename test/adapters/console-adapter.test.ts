import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { renderTerminal } from '../../adapters/console/render-terminal.ts';
import { reply } from '../../src/core/reply.ts';
import path from 'node:path';
import { RecordsStore } from '../../src/records/records-store.ts';
import { isolatedDirs, runTs } from '../helpers/run-process.ts';
import { shippedBotWithAdmin } from '../helpers/shipped-knowledge.ts';

describe('npm start without credentials opens the console chat', () => {
  it('answers questions and commands typed on stdin, in order, then exits when stdin closes, recording into its own DATA_DIR', async () => {
    const { DATA_DIR, KNOWLEDGE_DIR } = isolatedDirs();
    const { code, stdout, stderr } = await runTs('src/main.ts', [], {
      input: 'who was behind the attacks?\n/targets ministry\nwhat is the best pasta recipe\n',
      env: { DATA_DIR, KNOWLEDGE_DIR },
    });
    const records = new RecordsStore(path.join(DATA_DIR, 'records.sqlite'));
    // The two questions (a command like /targets is not a question) are recorded here, not in data/.
    expect(records.counts().questions).toBe(2);
    records.close();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Type a question, /help for commands');
    const actor = stdout.indexOf('TEMP.Periscope (APT40, Leviathan)');
    const targets = stdout.indexOf('Targets matching \u201cministry\u201d');
    const unknown = stdout.indexOf('I don\u2019t have that in my knowledge base');
    expect(actor).toBeGreaterThan(0);
    expect(targets).toBeGreaterThan(actor);
    expect(unknown).toBeGreaterThan(targets);
    // Piped output gets no colour codes.
    expect(stdout).not.toContain('\u001b[');
  });

  it('refuses to start on broken knowledge, listing the problem with file and line', async () => {
    const { code, stderr } = await runTs('src/main.ts', [], { env: { KNOWLEDGE_DIR: 'test/fixtures/broken-knowledge' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/ballotguard cannot start: .*\n.*bad\.yaml:\d+:\d+ /);
  });
});

describe('the console adapter', () => {
  it('runs a numbered suggestion from the previous reply and stops on /quit', async () => {
    const { pipeline } = await shippedBotWithAdmin();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const adapter = createConsoleAdapter({ pipeline, input, output, color: false });
    await adapter.start();
    input.write('who was targeted?\n1\n/quit\nthis line is never read\n');
    await adapter.finished;
    expect(text).toContain('[1] Was the National Election Commission a target?');
    expect(text).toContain('National Election Commission (NEC)\n\nCambodia\u2019s National Election Commission'.replace('\u2019', "'"));
    expect(text).not.toContain('this line is never read');
  });

  it('renders emphasis in colour only when asked', () => {
    const r = reply({ kind: 'info', title: 'T', body: 'a **bold** and `code` [link](https://example.org)' });
    expect(renderTerminal(r, { color: false })).toContain('a bold and code link (https://example.org)');
    expect(renderTerminal(r, { color: true })).toContain('\u001b[1mbold\u001b[0m');
  });
});
