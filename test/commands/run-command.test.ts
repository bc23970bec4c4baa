import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../src/commands/define-command.ts';
import { optionSpecs, usage } from '../../src/commands/option-specs.ts';
import { runCommand } from '../../src/commands/run-command.ts';
import { USER_COMMANDS } from '../../src/commands/user-commands.ts';
import type { CommandFailedError } from '../../src/core/errors.ts';
import { reply } from '../../src/core/reply.ts';
import { shippedSnapshot } from '../helpers/shipped-knowledge.ts';

const secret = defineCommand({
  name: 'secret',
  description: 'A moderator-only test command',
  options: z.object({ count: z.number().int().min(1).describe('How many') }),
  permission: 'moderator',
  run: ({ count }) => reply({ kind: 'info', body: `ran ${count}` }),
});

const broken = defineCommand({
  name: 'broken',
  description: 'A handler that fails',
  options: z.object({}),
  permission: 'everyone',
  run: () => {
    throw new Error('disk on fire');
  },
});

async function context(moderator: boolean) {
  return { snapshot: await shippedSnapshot(), requester: { id: 'u', platform: 'test', role: moderator ? ('moderator' as const) : ('user' as const) }, commands: [secret, broken] };
}

describe('running a command', () => {
  it('refuses a moderator command to everyone else, changing nothing', async () => {
    const result = await runCommand(secret, { count: 2 }, await context(false), () => {});
    expect(result).toMatchObject({ kind: 'error', title: 'Moderators only', visibility: 'private' });
    const allowed = await runCommand(secret, { count: 2 }, await context(true), () => {});
    expect(allowed.body).toBe('ran 2');
  });

  it('validates options against the schema with a message naming the option', async () => {
    const result = await runCommand(secret, { count: 0 }, await context(true), () => {});
    expect(result.kind).toBe('error');
    expect(result.body).toContain('`count`');
    expect(result.body).toContain('Usage: `/secret <count>`');
  });

  it('turns a failing handler into a kind reply and reports the error once', async () => {
    const errors: CommandFailedError[] = [];
    const result = await runCommand(broken, {}, await context(false), (e) => errors.push(e));
    expect(result).toMatchObject({ kind: 'error', title: 'Something went wrong' });
    expect(result.body).not.toContain('disk on fire');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('the /broken command failed: disk on fire');
  });
});

describe('the command model', () => {
  it('describes every option of every user command, for help and the platforms', () => {
    for (const command of USER_COMMANDS) {
      expect(command.description.length, command.name).toBeLessThanOrEqual(100);
      for (const option of optionSpecs(command)) expect(option.description.length).toBeGreaterThan(5);
    }
    expect(optionSpecs(secret)).toEqual([{ name: 'count', description: 'How many', type: 'integer', required: true }]);
    expect(usage(USER_COMMANDS.find((c) => c.name === 'targets')!)).toBe('/targets [filter]');
  });

  it('has unique, lower-case command names', () => {
    const names = USER_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
  });
});
