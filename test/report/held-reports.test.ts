import { describe, expect, it } from 'vitest';
import { HeldReports } from '../../src/report/held-reports.ts';
import { defangMessage } from '../../src/report/defang-message.ts';

const asker = { platform: 'discord', community: 'G1', id: 'U1' };

describe('held reports', () => {
  it('gives a held message back only to its sender on its platform, keeping its community, and only once', () => {
    const held = new HeldReports();
    const id = held.hold('licadho-org.net', asker);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(held.peek(id, { ...asker, id: 'U2' })).toBeUndefined();
    // Confirmed in a direct message (no community): still theirs, and still bound for its own community.
    expect(held.peek(id, { platform: 'discord', id: 'U1' })?.community).toBe('G1');
    expect(held.peek(id, { ...asker, platform: 'slack' })).toBeUndefined();
    expect(held.peek(id, asker)?.text).toBe('licadho-org.net');
    expect(held.take(id, asker)?.text).toBe('licadho-org.net');
    expect(held.take(id, asker)).toBeUndefined();
  });

  it('forgets messages after the hold time, and the oldest beyond its capacity', () => {
    let now = 0;
    const held = new HeldReports(() => now, 1_000, 2);
    const first = held.hold('a', asker);
    now = 500;
    const second = held.hold('b', asker);
    const third = held.hold('c', asker);
    expect(held.size).toBe(2);
    expect(held.peek(first, asker)).toBeUndefined();
    now = 1_200;
    expect(held.peek(second, asker)?.text).toBe('b');
    now = 1_600;
    expect(held.peek(second, asker)).toBeUndefined();
    expect(held.peek(third, asker)).toBeUndefined();
    expect(held.size).toBe(0);
  });
});

describe('defanging a whole message for a security channel', () => {
  it('brackets hosts and addresses, breaks schemes, keeps prose and numbers', () => {
    expect(defangMessage('From: LICADHO <info@licadho-survey.com>\nSee https://www.licadho-cambodia.org/x for 3.5 dollars.')).toBe(
      'From: LICADHO <info@licadho-survey[.]com>\nSee hxxps://www[.]licadho-cambodia[.]org/x for 3.5 dollars.',
    );
    expect(defangMessage('server 10.0.0.1, ftp://x.org and `code`')).toBe("server 10[.]0[.]0[.]1, fxp://x[.]org and 'code'");
  });

  it('does not bracket what was already defanged, and reads Slack\u2019s link markup', () => {
    expect(defangMessage('licadho[.]org and hxxps://a[.]b.org')).toBe('licadho[.]org and hxxps://a[.]b[.]org');
    expect(defangMessage('<https://licadho-org.net/f> &lt;x&gt;')).toBe('hxxps://licadho-org[.]net/f <x>');
    // A link whose label names another place keeps both, so the security team sees the difference.
    expect(defangMessage('<https://licadho-org.net/f|licadho.org>')).toBe('<hxxps://licadho-org[.]net/f|licadho[.]org>');
  });
});
