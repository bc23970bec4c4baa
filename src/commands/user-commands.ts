import type { AnyCommand } from './define-command.ts';
import { aboutCommand } from './user/about.ts';
import { actorCommand } from './user/actor.ts';
import { adviceCommand } from './user/advice.ts';
import { askCommand } from './user/ask.ts';
import { checkCommand } from './user/check.ts';
import { helpCommand } from './user/help.ts';
import { quizCommand } from './user/quiz.ts';
import { reportCommand } from './user/report.ts';
import { sourcesCommand } from './user/sources.ts';
import { targetsCommand } from './user/targets.ts';
import { techniqueCommand } from './user/technique.ts';
import { techniquesCommand } from './user/techniques.ts';
import { timelineCommand } from './user/timeline.ts';

/** The commands every user has, in the order /help lists them. */
export const USER_COMMANDS: readonly AnyCommand[] = [
  askCommand,
  targetsCommand,
  actorCommand,
  techniquesCommand,
  techniqueCommand,
  timelineCommand,
  adviceCommand,
  checkCommand,
  reportCommand,
  quizCommand,
  sourcesCommand,
  aboutCommand,
  helpCommand,
];
