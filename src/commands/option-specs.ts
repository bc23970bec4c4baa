import { z } from 'zod';
import type { AnyCommand } from './define-command.ts';

/** A command option as platforms need to declare it, read from the command's zod schema. */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  choices?: string[];
  maxLength?: number;
}

/** The options of a command in declaration order (also the order of positional text arguments). */
export function optionSpecs(command: AnyCommand): OptionSpec[] {
  return Object.entries(command.options.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    let inner: z.ZodType = schema;
    let required = true;
    for (;;) {
      if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
        required = false;
        inner = inner.unwrap() as z.ZodType;
      } else break;
    }
    const description = schema.description ?? inner.description;
    if (!description) throw new Error(`option "${name}" of /${command.name} needs a .describe() text`);
    return { name, description, required, ...typeOf(name, command.name, inner) };
  });
}

function typeOf(name: string, commandName: string, schema: z.ZodType): Pick<OptionSpec, 'type' | 'choices' | 'maxLength'> {
  if (schema instanceof z.ZodEnum) return { type: 'string', choices: schema.options.map(String) };
  if (schema instanceof z.ZodString) return { type: 'string', maxLength: schema.maxLength ?? undefined };
  if (schema instanceof z.ZodNumber) return { type: schema.isInt ? 'integer' : 'number' };
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
  throw new Error(`option "${name}" of /${commandName} has a type no platform can declare; use a string, number, boolean or enum`);
}

/** `/targets [filter]`, `/ask <question>`. */
export function usage(command: AnyCommand): string {
  const args = optionSpecs(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/${command.name}`, ...args].join(' ');
}
