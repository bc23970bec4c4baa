import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleDriver, discordDriver, slackDriver, type ContractDriver, type Person } from './contract-drivers.ts';

/**
 * What "an adapter" means: the same scenarios, driven the way each platform's people use it, get the
 * same behaviour on the console, Discord and Slack. The policy is the core's; an adapter only translates.
 */
describe.each([
  ['console', consoleDriver],
  ['discord', discordDriver],
  ['slack', slackDriver],
])('the %s adapter keeps the contract', (_name, start) => {
  let driver: ContractDriver;
  beforeAll(async () => {
    driver = await start();
  });
  afterAll(async () => {
    await driver?.stop();
  });

  const member = (name: string): Person => ({ name, role: 'member' });

  it('answers a question with its sources', async () => {
    const seen = await driver.say(member('asker'), 'who was behind the attacks?');
    expect(seen?.title).toBe('TEMP.Periscope (APT40, Leviathan)');
    expect(seen?.hasSources).toBe(true);
    expect(seen?.private).not.toBe(true);
  });

  it('abstains on what the knowledge does not cover', async () => {
    const seen = await driver.say(member('pasta'), 'what is the best pasta recipe');
    expect(seen?.title).toBe('I don\u2019t know that one');
    expect(seen?.text).toContain('I don\u2019t have that in my knowledge base');
  });

  it('says "did you mean" for a mistyped command, to the asker only', async () => {
    const seen = await driver.say(member('typo'), '/targts ministry');
    expect(seen?.title).toBe('Unknown command');
    expect(seen?.text).toMatch(/Did you mean `?\/targets/);
    expect(seen?.private).not.toBe(false);
  });

  it('keeps a private reply private', async () => {
    const seen = await driver.command(member('helped'), 'help');
    expect(seen?.title).toBe('How ballotguard can help');
    expect(seen?.private).not.toBe(false);
  });

  it('refuses a too-long question with the limit', async () => {
    const seen = await driver.command(member('verbose'), 'ask', `why ${'really '.repeat(250)}?`);
    expect(seen?.title).toBe('That question is too long');
    expect(seen?.text).toContain('1,000 characters');
    expect(seen?.private).not.toBe(false);
  });

  it('names an unknown command', async () => {
    const seen = await driver.say(member('lost'), '/zzqxj');
    expect(seen?.title).toBe('Unknown command');
    expect(seen?.text).toContain('/zzqxj');
    expect(seen?.text).not.toContain('Did you mean');
  });

  it('holds one person to the cooldown: one private notice, then silence', async () => {
    const hasty = member('hasty');
    expect((await driver.command(hasty, 'about'))?.title).toBe('About ballotguard');
    const notice = await driver.command(hasty, 'targets');
    expect(notice?.title).toBe('Slow down a little');
    expect(notice?.private).not.toBe(false);
    expect(await driver.command(hasty, 'sources', '', true)).toBeUndefined();
    expect(await driver.say(hasty, 'who was targeted?', true)).toBeUndefined();
    // Someone else is answered meanwhile.
    expect((await driver.command(member('patient'), 'about'))?.title).toBe('About ballotguard');
  });

  it('refuses moderator commands to members, and knowledge changes to community moderators', async () => {
    const refused = await driver.command(member('curious'), 'kb', 'status');
    expect(refused?.title).toBe('Moderators only');
    expect(refused?.private).not.toBe(false);
    if (driver.communities) {
      const moderator: Person = { name: 'moderator', role: 'moderator' };
      expect((await driver.command(moderator, 'kb', 'teach hun-sen who runs cambodia'))?.title).toBe('Maintainers only');
    }
    expect(driver.records.audit()).toEqual([]);
  });

  it('lets a maintainer teach a new phrasing, which is then answered', async () => {
    const question = 'Who keeps winning the Cambodian vote';
    const taught = await driver.command({ name: 'maintainer', role: 'maintainer' }, 'kb', `teach hun-sen ${question}`);
    expect(taught?.title).toBe('Taught');
    expect(taught?.text).toContain('It now answers that question.');
    expect((await driver.say(member('learner'), question))?.title).toBe('Hun Sen');
  });

  it('counts feedback once per person per answer', async () => {
    const asker = member('rater');
    const answer = await driver.say(asker, 'who is kem sokha');
    expect(answer?.title).toBe('Kem Sokha');
    expect(answer?.rate).toBeDefined();
    const first = await answer!.rate!(false, asker);
    expect(first.text).toContain('Thank you');
    const again = await answer!.rate!(false, asker);
    expect(again.text).toContain('already rated');
    const unhelpful = driver.records.gaps().filter((g) => g.reason === 'unhelpful' && g.question.includes('kem sokha'));
    expect(unhelpful).toEqual([expect.objectContaining({ count: 1 })]);
  });

  it('answers a question that tries to ping everyone without pinging anyone', async () => {
    // Whether such a question is understood is the parser's business; that nobody is notified is the contract.
    const seen = await driver.say(member('loud'), '@everyone @here <!channel> <!here> <@&500000000000000009> who was targeted?');
    expect(seen?.title).toBeTruthy();
    expect(seen?.pingsNobody).toBe(true);
    const echoed = await driver.command(member('echo'), 'targets', '<!channel> @everyone <@U999>');
    expect(echoed?.text).toContain('@everyone');
    expect(echoed?.pingsNobody).toBe(true);
  });
});

describe('the adapter boundary', () => {
  /** What an adapter may use from the core: the request and reply types, the pipeline, and what rendering and registration need. */
  const ALLOWED = new Set([
    'src/core/adapter.ts',
    'src/core/pipeline.ts',
    'src/core/request.ts',
    'src/core/reply.ts',
    'src/core/notices.ts',
    'src/core/plain-text.ts',
    'src/core/markdown-escape.ts',
    'src/core/terminal-safe.ts',
    'src/core/logger.ts',
    'src/core/errors.ts',
    // Connection limits (start-up, reconnects, replay memory): transport, not policy.
    'src/core/operating-limits.ts',
    // Request ids already handled, so a platform's retries and replays are answered once: transport, not records.
    'src/records/seen-requests.ts',
    'src/state/seen-request-store.ts',
    // Where a platform's installations (a workspace's bot token) are kept: credentials for the transport, not records.
    'src/records/installations.ts',
    // Keeping tokens out of a platform library's own log lines.
    'src/core/redact.ts',
    'src/commands/define-command.ts',
    'src/commands/option-specs.ts',
  ]);

  it('adapters import from the core only its request, reply and pipeline, never its policy (cooldown, roles, records, commands)', async () => {
    for (const adapter of await readdir('adapters')) {
      const dir = path.join('adapters', adapter);
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ts'))) {
        const source = await readFile(path.join(dir, file), 'utf8');
        for (const [, target] of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
          if (!target!.startsWith('.')) continue;
          const resolved = path.relative('.', path.resolve(dir, target!)).split(path.sep).join('/');
          if (resolved.startsWith('adapters/')) continue;
          expect(ALLOWED.has(resolved), `${dir}/${file} imports ${resolved}`).toBe(true);
        }
      }
    }
  });
});
