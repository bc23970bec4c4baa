import { describe, expect, it } from 'vitest';
import { loadAttackData } from '../src/attack/attack-data.ts';

describe('the shipped ATT&CK table', () => {
  it('validates, names its version, and holds the techniques and the group the report is about', () => {
    const data = loadAttackData();
    expect(data.attack.version).toBe('18.1');
    expect(data.techniques.find((t) => t.id === 'T1566.001')?.name).toBe('Spearphishing Attachment');
    const apt40 = data.groups.find((g) => g.aliases.includes('APT40')); // MITRE names the group Leviathan
    expect(apt40?.name).toBe('Leviathan');
    expect(apt40?.aliases).toContain('TEMP.Periscope');
    expect(data.groupUses[apt40!.id]?.some((use) => use.id === 'T1566.001')).toBe(true);
  });
});
