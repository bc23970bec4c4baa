import type { AnyCommand } from './define-command.ts';
import { kbCommand } from './moderator/kb.ts';
import { USER_COMMANDS } from './user-commands.ts';

/** Every command: the users' and the moderators'. /help shows moderator commands only to moderators. */
export const ALL_COMMANDS: readonly AnyCommand[] = [...USER_COMMANDS, kbCommand];
