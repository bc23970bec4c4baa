import { beforeAll, describe, expect, it } from 'vitest';
import { loadAttackData } from '../../src/attack/attack-data.ts';
import { cleanMitreText } from '../../src/attack/group-procedures.ts';
import type { Bot } from '../../src/core/bot.ts';
import type { Reply } from '../../src/core/reply.ts';
import { shippedBot } from '../helpers/shipped-knowledge.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});
const member = { id: 'u1', platform: 'test' };
const run = (line: string): Promise<Reply> => bot.handleText(line, member);
const complete = (typed: string) => bot.commands.find((c) => c.name === 'technique')!.complete!('technique', typed, bot.snapshot);

describe('/technique', () => {
  it('answers T1566.001 with MITRE\u2019s description, how Leviathan uses it, the knowledge entries, and MITRE credited', async () => {
    const reply = await run('/technique T1566.001');
    expect(reply.title).toBe('T1566.001 Phishing: Spearphishing Attachment');
    expect(reply.body).toContain('TEMP.Periscope / APT40 uses it**, per MITRE (group Leviathan, G0065)');
    expect(reply.body).toContain('Leviathan has sent spearphishing emails with malicious attachments');
    // MITRE's citation markdown is cleaned to prose.
    expect(reply.body).not.toMatch(/\]\(https:|Citation:/);
    expect(reply.body).toContain('The phishing e-mail sent to Monavithya Kem');
    expect(reply.sources[0]).toMatchObject({ label: expect.stringContaining('MITRE ATT&CK\u00ae Enterprise v18.1'), url: 'https://attack.mitre.org/techniques/T1566/001' });
    expect(reply.suggestions.map((s) => s.run)).toContain('/techniques spear phishing');
  });

  it('answers a name shared by several techniques with the list, the group\u2019s first, each a button', async () => {
    const reply = await run('/technique spearphishing');
    expect(reply.title).toMatch(/^9 ATT&CK techniques match/);
    const lines = reply.body.split('\n').filter((l) => l.startsWith('- '));
    expect(lines[0]).toContain('used by TEMP.Periscope / APT40 per MITRE');
    expect(reply.suggestions.map((s) => s.run)).toContain('/technique T1566.001');
    expect(reply.sources[0]?.label).toContain('v18.1');
  });

  it('says plainly when MITRE does not list the group for a technique, and when no technique matches', async () => {
    const other = await run('/technique T1486');
    expect(other.title).toBe('T1486 Data Encrypted for Impact');
    expect(other.body).toContain('MITRE does not list TEMP.Periscope / APT40');
    const none = await run('/technique T9999');
    expect(none.title).toBe('No such technique');
    expect(none.visibility).toBe('private');
  });

  it('accepts a completion as typed back, and lower-case or slash IDs', async () => {
    expect((await run('/technique T1189 Drive-by Compromise')).title).toBe('T1189 Drive-by Compromise');
    expect((await run('/technique t1566/002')).title).toBe('T1566.002 Phishing: Spearphishing Link');
  });

  it('autocompletes by ID prefix and by name, at most 25, the group\u2019s techniques first', () => {
    expect(complete('T1566')[0]).toBe('T1566.001 Phishing: Spearphishing Attachment');
    const byName = complete('spear');
    expect(byName.length).toBeGreaterThan(3);
    expect(byName.every((c) => /spearphishing/i.test(c))).toBe(true);
    expect(complete('').length).toBe(25);
    expect(complete('zzzz')).toEqual([]);
  });

  it('cleans MITRE citation markdown', () => {
    expect(cleanMitreText('[Leviathan](https://attack.mitre.org/groups/G0065) used [HOMEFRY](https://x/S0232). (Citation: FireEye 2019)')).toBe(
      'Leviathan used HOMEFRY.',
    );
    expect(loadAttackData().groups.find((g) => g.id === 'G0065')?.aliases).toContain('TEMP.Periscope');
  });
});
