import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { errorReply, reply } from '../../core/reply.ts';
import { defineCommand } from '../define-command.ts';

/** `discord:123…` or `slack:T0…`: a community as maintainers name it. */
const CommunityName = z
  .string()
  .trim()
  .regex(/^(discord|slack):[A-Za-z0-9]{1,32}$/, 'name the community as platform:id, e.g. discord:123456789012345678 or slack:T0123ABC')
  .describe('the community, as platform:id (e.g. discord:123456789012345678, slack:T0123ABC)');

/** Maintainers: a community's records, exported to a file in the data directory or deleted. */
export const recordsCommand = defineCommand({
  name: 'records',
  description: 'Maintainers: export or purge one community\u2019s recorded questions and feedback',
  options: z.object({
    action: z.enum(['export', 'purge']).describe('export (to a file in the data directory) or purge'),
    community: CommunityName,
  }),
  permission: 'maintainer',
  replies: 'private',
  slow: true,
  examples: ['/records export discord:123456789012345678', '/records purge slack:T0123ABC'],
  run: async ({ action, community }, { admin, requester }) => {
    if (!admin?.exportDir) return errorReply('Not available here', 'Records are kept only by the bot itself (`npm start`).');
    const [platform = '', id = ''] = community.split(':');
    const place = { platform, community: id };
    const audit = (detail: string) => admin.audit({ platform: requester.platform, community: requester.community, moderatorId: requester.id, action: `records ${action}`, detail });
    if (action === 'purge') {
      const gone = await admin.records.purgeCommunity(place);
      audit(`${community}: ${gone.questions} questions, ${gone.feedback} feedback`);
      return reply({ kind: 'info', title: 'Records purged', body: `Deleted ${gone.questions} questions and ${gone.feedback} feedback records of \`${community}\`.`, visibility: 'private' });
    }
    const exported = await admin.records.exportCommunity(place);
    const file = path.join(admin.exportDir, `${platform}-${id}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await mkdir(admin.exportDir, { recursive: true });
    await writeFile(file, `${JSON.stringify({ community, exportedAt: new Date().toISOString(), ...exported }, null, 2)}\n`, { mode: 0o600 });
    audit(`${community}: ${exported.questions.length} questions, ${exported.feedback.length} feedback`);
    return reply({
      kind: 'info',
      title: 'Records exported',
      body: `Wrote ${exported.questions.length} questions and ${exported.feedback.length} feedback records of \`${community}\` to \`${file}\` on the bot\u2019s machine (readable by its operator only).`,
      visibility: 'private',
    });
  },
});
