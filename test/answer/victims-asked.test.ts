import { describe, expect, it } from 'vitest';
import { victimsAskedOf } from '../../src/answer/victims-asked.ts';

const NAMES = [['kryptonite panda', 'aliases'], ['temp periscope', 'group'], ['leviathan', 'group'], ['apt40', 'group']] as const;

describe('questions asking whom a named attacker went after', () => {
  it('takes the name out of what is asked, and says whose it is', () => {
    expect(victimsAskedOf('what did kryptonite panda target?', NAMES)).toEqual({ asked: 'what did target', name: 'kryptonite panda', actor: 'aliases' });
    expect(victimsAskedOf('did leviathan go after a law firm', NAMES)).toEqual({ asked: 'did go after a law firm', name: 'leviathan', actor: 'group' });
    expect(victimsAskedOf('was monovithya kem a target of leviathan', NAMES)?.asked).toBe('was monovithya kem a target of');
    expect(victimsAskedOf('who got the spear phish from TEMP.Periscope', NAMES)?.asked).toBe('who got the spear phish from');
    expect(victimsAskedOf('gadolinium targets? no, apt40 targets?', NAMES)?.asked).toBe('gadolinium targets no targets');
  });

  it('leaves questions of the group itself, or naming none, whole', () => {
    expect(victimsAskedOf('what is kryptonite panda?', NAMES)).toBeUndefined();
    expect(victimsAskedOf('who named it leviathan', NAMES)).toBeUndefined();
    // The act is the group's, described: who it is, not whom it went after.
    expect(victimsAskedOf('is apt40 the group that hit cambodia', NAMES)).toBeUndefined();
    expect(victimsAskedOf('who did the hackers target?', NAMES)).toBeUndefined();
    // The name in a clause of its own: the question asks of the firm.
    expect(victimsAskedOf('which firm reported that temp.periscope went after the nec?', NAMES)).toBeUndefined();
  });
});
