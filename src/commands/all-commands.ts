import type { AnyCommand } from './define-command.ts';
import { kbCommand } from './moderator/kb.ts';
import { recordsCommand } from './moderator/records.ts';
import { settingsCommand } from './moderator/settings.ts';
import { USER_COMMANDS } from './user-commands.ts';

/** Every command: the users', the moderators' and the maintainers'. /help shows each person what they may run. */
export const ALL_COMMANDS: readonly AnyCommand[] = [...USER_COMMANDS, kbCommand, settingsCommand, recordsCommand];
