import { z } from 'zod';
import { errorReply, reply, type Reply } from '../../core/reply.ts';
import type { CommunitySettings } from '../../records/records-store.ts';
import { defineCommand } from '../define-command.ts';

const SETTINGS = ['show', 'announce', 'security', 'cooldown', 'mentions'] as const;

/** A channel as typed or picked: a bare id, Discord's <#id>, or Slack's <#C123|name>. */
function channelId(value: string): string | undefined {
  const id = /^<#([A-Z0-9]+)(?:\|[^>]*)?>$/i.exec(value)?.[1] ?? value;
  return /^(\d{17,20}|[CG][A-Z0-9]{6,})$/.test(id) ? id : undefined;
}

/** A community moderator's settings for their own community; unset ones follow the operator's defaults. */
export const settingsCommand = defineCommand({
  name: 'settings',
  description: 'Moderators: this community\u2019s settings (announcement and security channels, cooldown, mentions)',
  options: z.object({
    setting: z.enum(SETTINGS).default('show').describe('show, announce, security, cooldown or mentions'),
    value: z.string().trim().max(100).optional().describe('announce, security: a channel or off; cooldown: seconds; mentions: on or off; "default" resets'),
  }),
  permission: 'moderator',
  replies: 'private',
  examples: ['/settings', '/settings cooldown 10', '/settings mentions off', '/settings announce #moderators', '/settings security #security-reports'],
  run: async ({ setting, value }, { admin, requester }) => {
    if (!admin) return errorReply('Not available here', 'Community settings are kept only by the bot itself (`npm start`).');
    if (!requester.community) return errorReply('No community here', 'Settings belong to a server or workspace: run `/settings` in one of its channels.');
    const place = { platform: requester.platform, community: requester.community };
    if (setting === 'show') return show(await admin.records.communitySettings(place));
    if (!value) return errorReply('Usage', `\`/settings ${setting} <value>\`: ${describe(setting)}`);
    const change = parseChange(setting, value.toLowerCase() === 'default' ? null : value);
    if (typeof change === 'string') return errorReply('Setting not changed', change);
    const settings = await admin.records.updateCommunitySettings(place, change);
    admin.audit({ ...place, moderatorId: requester.id, action: 'settings', detail: `${setting} = ${value}` });
    return show(settings, 'Settings changed');
  },
});

function describe(setting: Exclude<(typeof SETTINGS)[number], 'show'>): string {
  return {
    announce: 'the channel where knowledge problems are announced, or `off`.',
    security: 'the channel where members\u2019 reports of suspicious messages are posted (after they confirm), or `off`.',
    cooldown: 'seconds between two requests from one person (0 to 600).',
    mentions: '`on` to answer when mentioned in a channel, `off` to answer only commands and direct messages.',
  }[setting];
}

/** The change a value asks for, or why it cannot be made. */
function parseChange(setting: Exclude<(typeof SETTINGS)[number], 'show'>, value: string | null): { [K in keyof CommunitySettings]?: CommunitySettings[K] | null } | string {
  switch (setting) {
    case 'announce': {
      if (value === null || value.toLowerCase() === 'off') return { announceChannel: null };
      const id = channelId(value);
      return id ? { announceChannel: id } : 'That is not a channel: pick one with `#`, or give its id.';
    }
    case 'security': {
      if (value === null || value.toLowerCase() === 'off') return { securityChannel: null };
      const id = channelId(value);
      return id ? { securityChannel: id } : 'That is not a channel: pick one with `#`, or give its id.';
    }
    case 'cooldown': {
      if (value === null) return { cooldownSeconds: null };
      const seconds = Number(value);
      return Number.isInteger(seconds) && seconds >= 0 && seconds <= 600 ? { cooldownSeconds: seconds } : 'The cooldown is a whole number of seconds from 0 to 600.';
    }
    case 'mentions': {
      if (value === null) return { answerMentions: null };
      if (/^(on|yes|true)$/i.test(value)) return { answerMentions: true };
      if (/^(off|no|false)$/i.test(value)) return { answerMentions: false };
      return 'Mentions are `on` or `off`.';
    }
  }
}

function show(settings: CommunitySettings, title = 'This community\u2019s settings'): Reply {
  const or = (text: string | undefined) => text ?? 'the operator\u2019s default';
  return reply({
    kind: 'info',
    title,
    body: 'Unset settings follow the operator\u2019s defaults. Change one with `/settings <setting> <value>`, or reset it with `default`.',
    fields: [
      { name: 'Announcements', value: or(settings.announceChannel), inline: true },
      { name: 'Security reports', value: settings.securityChannel ?? 'the operator\u2019s default, if any; else members are told whom to contact', inline: true },
      { name: 'Cooldown', value: or(settings.cooldownSeconds === undefined ? undefined : `${settings.cooldownSeconds} s`), inline: true },
      { name: 'Mentions', value: or(settings.answerMentions === undefined ? undefined : settings.answerMentions ? 'answered' : 'ignored'), inline: true },
    ],
    visibility: 'private',
  });
}
