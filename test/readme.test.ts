import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { usage } from '../src/commands/option-specs.ts';
import { ALL_COMMANDS } from '../src/commands/all-commands.ts';

describe('README', () => {
  it('documents every command with its usage, and the two set-up commands', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const command of ALL_COMMANDS) expect(readme, command.name).toContain(`\`${usage(command)}\``);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
