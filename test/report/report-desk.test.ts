import { describe, expect, it } from 'vitest';
import { readCoreConfig } from '../../src/core/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { reply } from '../../src/core/reply.ts';
import { RecordsStore } from '../../src/records/records-store.ts';
import { createReportDesk } from '../../src/report/report-desk.ts';

describe('the report desk', () => {
  it('uses a community\u2019s own security channel, else the operator\u2019s for that community, else none', async () => {
    const records = new RecordsStore(':memory:');
    const config = readCoreConfig({ SECURITY_CHANNELS: 'slack:T1:CSEC, discord:200000000000000001:300000000000000009' });
    const desk = createReportDesk({ records, logger: silentLogger(), defaultChannels: config.SECURITY_CHANNELS });
    expect(await desk.securityChannel({ platform: 'slack', community: 'T1' })).toBe('CSEC');
    expect(await desk.securityChannel({ platform: 'discord', community: '200000000000000001' })).toBe('300000000000000009');
    expect(await desk.securityChannel({ platform: 'slack', community: 'T2' })).toBeUndefined();
    expect(await desk.securityChannel({ platform: 'slack' })).toBeUndefined();
    records.updateCommunitySettings({ platform: 'slack', community: 'T1' }, { securityChannel: 'COWN' });
    expect(await desk.securityChannel({ platform: 'slack', community: 'T1' })).toBe('COWN');
    records.close();
  });

  it('names the setting at fault when SECURITY_CHANNELS is malformed', () => {
    expect(() => readCoreConfig({ SECURITY_CHANNELS: 'slack:C0456' })).toThrow(/SECURITY_CHANNELS: each security channel is platform:community:channel/);
  });

  it('posts through the platform\u2019s poster, and says when there is none or it fails', async () => {
    const desk = createReportDesk({ logger: silentLogger() });
    const target = { community: 'T1', channel: 'CSEC' };
    const report = reply({ kind: 'info', body: 'x' });
    expect(await desk.post('slack', target, report)).toBe('no-poster');
    const posted: unknown[] = [];
    desk.registerPoster('slack', async (where, what) => void posted.push([where, what]));
    expect(await desk.post('slack', target, report)).toBe('posted');
    expect(posted).toEqual([[target, report]]);
    desk.registerPoster('slack', async () => {
      throw Object.assign(new Error('not_in_channel'), { data: { error: 'not_in_channel' } });
    });
    expect(await desk.post('slack', target, report)).toBe('failed');
  });
});
