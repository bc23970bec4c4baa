import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { usage } from '../src/commands/option-specs.ts';
import { USER_COMMANDS } from '../src/commands/user-commands.ts';

describe('README', () => {
  it('documents every user command with its usage, and the two set-up commands', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const command of USER_COMMANDS) expect(readme, command.name).toContain(`\`${usage(command)}\``);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
