import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/core/bot.ts';
import type { Reply } from '../../src/core/reply.ts';
import { shippedBot } from '../helpers/shipped-knowledge.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const member = { id: 'u1', platform: 'test' };
const run = (line: string): Promise<Reply> => bot.handleText(line, member);

describe('/targets', () => {
  it('lists every institution and group named in the seed article', async () => {
    const reply = await run('/targets');
    for (const name of [
      'National Election Commission',
      'Ministry of the Interior',
      'Ministry of Foreign Affairs and International Cooperation',
      'Ministry of Economics and Finance',
      'Senate',
      'Opposition members',
      'Monavithya Kem',
      'Human rights groups',
      'Media organisations',
      'diplomats',
    ]) {
      expect(reply.body, name).toContain(name);
    }
    expect(reply.sources.map((s) => s.id)).toContain('bloomberg-2018-07-12');
  });

  it('filters by a word of the name or the sector', async () => {
    const ministries = await run('/targets ministry');
    expect(ministries.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    const media = await run('targets media');
    expect(media.body).toContain('Media organisations');
    expect(media.body).not.toContain('Senate');
  });

  it('resolves synonyms and typos when no name matches literally', async () => {
    expect((await run('/targets press')).body).toContain('Media organisations');
    expect((await run('/targets electon')).body).toContain('National Election Commission');
  });

  it('says clearly when nothing matches, without echoing a live link', async () => {
    const reply = await run('/targets weather.example.com');
    expect(reply.title).toBe('No matching targets');
    expect(reply.body).toContain('weather.example[.]com');
    expect(reply.visibility).toBe('private');
  });
});

describe('/actor, /techniques, /timeline, /advice, /sources, /about, /help', () => {
  it('/actor shows the group with its aliases and attribution', async () => {
    const reply = await run('/actor');
    expect(reply.title).toContain('TEMP.Periscope');
    expect(reply.fields.find((f) => f.name === 'Also known as')?.value).toContain('APT40');
  });

  it('/actor finds a group by alias, and says so for an unknown one', async () => {
    expect((await run('/actor rancor')).title).toContain('Rancor');
    const unknown = await run('/actor fancy bear');
    expect(unknown.title).toBe('Unknown actor');
    expect(unknown.body).toContain('TEMP.Periscope');
  });

  it('/techniques lists techniques with ATT&CK IDs and who mapped them', async () => {
    const reply = await run('/techniques');
    expect(reply.body).toContain('T1566.001, MITRE');
    expect(reply.body).toContain('our mapping');
    expect(reply.body).toContain('AIRBREAK');
    const one = await run('/techniques airbreak');
    expect(one.title).toBe('AIRBREAK');
  });

  it('/timeline lists dated events in order and filters by year', async () => {
    const reply = await run('/timeline');
    const dates = reply.body.split('\n').map((l) => l.match(/\*\*(.+?)\*\*/)?.[1]);
    expect(dates[0]).toBe('2013');
    expect(reply.body).toContain('29 July 2018');
    const year = await run('/timeline 2017');
    expect(year.body).toContain('3 September 2017');
    expect(year.body).not.toContain('2018**');
  });

  it('/advice gives general advice, or the advice for a topic or audience', async () => {
    const general = await run('/advice');
    expect(general.body).toMatch(/sender/i);
    expect(general.suggestions.every((s) => s.run.startsWith('/advice '))).toBe(true);
    expect((await run('/advice journalists')).title).toBe('Advice for journalists');
    expect((await run('/advice knitting')).body).toContain('I have no advice on \u201cknitting\u201d specifically');
  });

  it('/sources lists every source with its reliability', async () => {
    const reply = await run('/sources');
    expect(reply.body).toContain('Bloomberg');
    expect(reply.body).toContain('reliability high');
    expect((await run('/sources recorded future')).body).toContain('Recorded Future');
  });

  it('/about says what the bot is and what it knows', async () => {
    const reply = await run('/about');
    expect(reply.body).toContain('election-security awareness bot');
    expect(reply.fields[0]?.value).toMatch(/^\d+ entries from \d+ sources$/);
  });

  it('/help is generated from the command model and private, showing moderator commands to moderators only', async () => {
    const reply = await run('/help');
    for (const command of bot.commands.filter((c) => c.permission === 'everyone')) expect(reply.body).toContain(`/${command.name}`);
    expect(reply.body).not.toContain('/kb');
    expect((await bot.handleText('/help', { ...member, community: 'G1', role: 'moderator' })).body).toContain('`/kb <action> [entry] [question]`');
    expect(reply.body).toContain('/targets [filter]');
    expect(reply.body).toContain('/ask <question>');
    expect(reply.visibility).toBe('private');
  });
});

describe('/ask and plain text', () => {
  it('answers a question given to /ask and typed plainly alike', async () => {
    const viaCommand = await run('/ask who is kem sokha');
    const plain = await run('who is kem sokha');
    expect(viaCommand.title).toBe('Kem Sokha');
    expect(plain).toEqual(viaCommand);
  });

  it('explains a missing question', async () => {
    const reply = await run('/ask');
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('`question` is required');
    expect(reply.body).toContain('Usage: `/ask <question>`');
  });

  it('answers an unknown command with "did you mean"', async () => {
    const reply = await run('/targts ministry');
    expect(reply.title).toBe('Unknown command');
    expect(reply.body).toContain('Did you mean `/targets`?');
    expect(reply.suggestions[0]?.run).toBe('/targets');
  });

  it('refuses an over-long option with the limit', async () => {
    const reply = await bot.runCommand('targets', { filter: 'x'.repeat(500) }, member);
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('at most 100 characters');
  });
});
