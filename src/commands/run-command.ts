import type { z } from 'zod';
import { errorReply, type Reply } from '../core/reply.ts';
import { CommandFailedError } from '../core/errors.ts';
import { hasRole, type Role } from '../core/requester.ts';
import type { AnyCommand, CommandContext } from './define-command.ts';
import { optionSpecs, usage } from './option-specs.ts';

/** Where a failed handler is reported; the user sees only a short sentence. */
export type ErrorSink = (error: CommandFailedError) => void;

/**
 * Runs one command for one requester: checks permission, validates the options against the command's
 * schema, and turns any failure into a reply. It never throws, so an adapter can always acknowledge.
 */
export async function runCommand(
  command: AnyCommand,
  rawOptions: Record<string, unknown>,
  context: CommandContext,
  onError: ErrorSink,
): Promise<Reply> {
  const refusal = permissionRefusal(command, context.requester.role);
  if (refusal) return refusal;
  const parsed = command.options.safeParse(withoutEmpty(rawOptions), { reportInput: true });
  if (!parsed.success) return invalidOptions(command, parsed.error);
  try {
    return await command.run(parsed.data, context);
  } catch (cause) {
    onError(new CommandFailedError(command.name, cause));
    return errorReply('Something went wrong', `\`/${command.name}\` failed on my side, not yours. It has been logged; please try again in a moment.`);
  }
}

/** The private refusal for someone whose role does not allow the command, or undefined when it does. */
export function permissionRefusal(command: AnyCommand, role: Role): Reply | undefined {
  if (command.permission === 'moderator' && !hasRole(role, 'moderator')) {
    return errorReply('Moderators only', `\`/${command.name}\` is for this community\u2019s moderators. Nothing was changed.`);
  }
  if (command.permission === 'maintainer' && !hasRole(role, 'maintainer')) {
    return errorReply('Maintainers only', `\`/${command.name}\` is for the bot\u2019s knowledge maintainers, named by its operator. Nothing was changed.`);
  }
  return undefined;
}

/** Platforms send absent options as empty strings or undefined; treat both as absent. */
function withoutEmpty(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

function invalidOptions(command: AnyCommand, error: z.ZodError): Reply {
  const specs = new Map(optionSpecs(command).map((s) => [s.name, s]));
  const problems = error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const spec = specs.get(name);
    if (issue.code === 'invalid_type' && issue.input === undefined && spec) return `\`${name}\` is required: ${spec.description}.`;
    if (issue.code === 'too_big' && spec) return `\`${name}\` is too long: at most ${Number(issue.maximum).toLocaleString('en-GB')} characters. Please ask one thing at a time.`;
    return `\`${name || 'options'}\`: ${issue.message}`;
  });
  // One option too long says so in its title ("That question is too long"), the same words as a long message.
  const [only] = error.issues;
  const title = error.issues.length === 1 && only?.code === 'too_big' ? `That ${String(only.path[0])} is too long` : `That didn\u2019t work: /${command.name}`;
  return errorReply(title, `${problems.join('\n')}\n\nUsage: \`${usage(command)}\``, [{ label: 'Help', run: '/help' }]);
}
