import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordCommandDefinitions } from '../adapters/discord/command-definitions.ts';
import { ALL_COMMANDS } from '../src/commands/all-commands.ts';
import { isolatedDirs, runTs } from './helpers/run-process.ts';
import { shippedBot } from './helpers/shipped-knowledge.ts';

const member = { id: 'member-1', platform: 'test', isModerator: false };

describe('messages a newcomer can act on', () => {
  it('states one length limit for /ask, up front and when it is passed', async () => {
    const ask = discordCommandDefinitions(ALL_COMMANDS).find((c) => c.name === 'ask') as { options: { max_length?: number }[] };
    expect(ask.options[0]?.max_length).toBe(1_000);
    const bot = await shippedBot();
    for (const tooLong of [await bot.runCommand('ask', { question: 'why '.repeat(400) }, member), await bot.handleText('why '.repeat(400), member)]) {
      expect(tooLong.kind).toBe('error');
      expect(`${tooLong.title} ${tooLong.body}`).toContain('at most 1,000 characters');
      expect(`${tooLong.title} ${tooLong.body}`).not.toMatch(/4[,.]?000/);
    }
  });

  it('says plainly when DATA_DIR is a file, without a stack trace', async () => {
    const { DATA_DIR } = isolatedDirs();
    const file = path.join(path.dirname(DATA_DIR), 'not-a-dir');
    writeFileSync(file, 'x');
    const { code, stderr } = await runTs('src/main.ts', [], { env: { DATA_DIR: file } });
    expect(code).toBe(1);
    expect(stderr).toBe(`ballotguard cannot start: DATA_DIR "${file}" is a file, not a directory: point DATA_DIR at a directory (it is created if missing)\n`);
  });

  it('prints control characters and escape sequences typed at the console as visible text, never raw', async () => {
    const { code, stdout } = await runTs('src/main.ts', [], { input: '/targets \u001b]0;HACKED\u0007\u001b[2J \u202eevil\n' });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
    const run = await runTs('src/cli/main.ts', ['run', '/targets \u001b[2Jmin\u0007istry']);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
