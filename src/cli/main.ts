import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readCoreConfig, type CoreConfig } from '../core/config.ts';
import { createLogger, silentLogger } from '../core/logger.ts';
import { projectVersion } from '../core/project-paths.ts';
import { terminalSafe } from '../core/terminal-safe.ts';
import { replyToPlainText } from '../core/plain-text.ts';
import type { RequesterInput } from '../core/requester.ts';
import { loadKnowledgeDir } from '../knowledge/load-knowledge.ts';
import { formatProblem, KnowledgeInvalidError } from '../knowledge/problems.ts';
import { answerJson, blankLineJson } from './answer-json.ts';
import { loadBot } from './load-bot.ts';
import { openRecords } from '../records/open-records.ts';

/** Whoever runs the CLI operates this bot on this machine and has its files: they maintain it. */
const CLI_USER: RequesterInput = { id: 'cli', platform: 'cli', role: 'maintainer' };

const config = readConfigOrExit();
const logger = createLogger(config.LOG_LEVEL);
const program = new Command()
  .name('ballotguard')
  .version(projectVersion())
  .description('Ask ballotguard questions, run its commands and check knowledge files from scripts.')
  .option('-k, --knowledge <dir>', 'knowledge directory (or set KNOWLEDGE_DIR)', config.KNOWLEDGE_DIR)
  .showHelpAfterError();

const knowledgeDir = () => program.opts<{ knowledge: string }>().knowledge;

program
  .command('ask')
  .description('answer a question; with --jsonl, answer one question per line of standard input')
  .argument('[question...]', 'the question')
  .option('--json', 'print one JSON object {question, answered, title, text, sources, confidence, entries, suggestions}')
  .option('--jsonl', 'read questions one per line on stdin (a typed \\n is a line break), print one JSON object per line')
  .action(async (words: string[], options: { json?: boolean; jsonl?: boolean }) => {
    const bot = await loadBot(knowledgeDir(), logger);
    if (options.jsonl) {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        // One object for every input line, blank ones included, so output line N answers input line N.
        // A typed `\n` is a line break, so a message of several lines (a quote line, then the question) fits on one.
        const question = line.replaceAll('\\n', '\n').trim();
        process.stdout.write(`${JSON.stringify(question ? answerJson(question, bot.answer(question)) : blankLineJson())}\n`);
      }
      return;
    }
    const question = words.join(' ').trim();
    if (!question) program.error('give a question, e.g. ballotguard ask "who was targeted?"', { exitCode: 2 });
    const result = bot.answer(question);
    process.stdout.write(options.json ? `${JSON.stringify(answerJson(question, result))}\n` : `${printable(result.reply)}\n`);
  });

program
  .command('run')
  .description('run a command line as if typed to the bot, e.g. run "/targets senate"')
  .argument('<line...>', 'the command line')
  .option('--json', 'print the reply object as JSON')
  .action(async (words: string[], options: { json?: boolean }) => {
    const bot = await loadBot(knowledgeDir(), logger);
    const reply = await bot.handleText(words.join(' '), CLI_USER);
    process.stdout.write(options.json ? `${JSON.stringify(reply)}\n` : `${printable(reply)}\n`);
    if (reply.kind === 'error') process.exitCode = 1;
  });

const kb = program.command('kb').description('work with knowledge files');
kb.command('check')
  .description('validate a knowledge directory, ATT&CK IDs and names included; exits 1 listing every problem with file and line')
  .argument('[dir]', 'the directory (default: --knowledge, KNOWLEDGE_DIR or knowledge/)')
  .action(async (dir: string | undefined) => {
    const target = dir ?? knowledgeDir();
    const result = await loadKnowledgeDir(target);
    if (!result.ok) {
      process.stderr.write(`${target}: ${result.problems.length} problem(s)\n${result.problems.map(formatProblem).join('\n')}\n`);
      process.exitCode = 1;
      return;
    }
    const { entries, sources, files, unstated } = result.knowledge;
    const details = unstated.length > 0 ? `, ${unstated.length} unstated details` : '';
    process.stdout.write(`${target}: OK, ${entries.length} entries${details} and ${sources.size} sources in ${files.length} files\n`);
  });

const recordsCli = program.command('records').description("the records in DATA_DIR: one community's export or purge (maintainers' work, from the operator's machine)");
const community = (name: string) => {
  const match = /^(discord|slack):([A-Za-z0-9]{1,32})$/.exec(name);
  if (!match) return program.error('name the community as platform:id, e.g. discord:123456789012345678 or slack:T0123ABC', { exitCode: 2 });
  return { platform: match[1]!, community: match[2]! };
};
recordsCli
  .command('export')
  .description("print one community's questions and feedback as JSON")
  .argument('<community>', 'platform:id, e.g. discord:123456789012345678')
  .action(async (name: string) => {
    const records = await openRecords(config, silentLogger());
    try {
      process.stdout.write(`${JSON.stringify({ community: name, ...(await records.exportCommunity(community(name))) }, null, 2)}\n`);
    } finally {
      await records.close();
    }
  });
recordsCli
  .command('purge')
  .description("delete one community's questions and feedback")
  .argument('<community>', 'platform:id, e.g. slack:T0123ABC')
  .action(async (name: string) => {
    const records = await openRecords(config, silentLogger());
    try {
      const gone = await records.purgeCommunity(community(name));
      await records.recordAudit({ platform: 'cli', moderatorId: 'operator', action: 'records purge', detail: `${name}: ${gone.questions} questions, ${gone.feedback} feedback` });
      process.stdout.write(`deleted ${gone.questions} questions and ${gone.feedback} feedback records of ${name}\n`);
    } finally {
      await records.close();
    }
  });

const discord = program.command('discord').description('operate the Discord adapter');
discord
  .command('register')
  .description("overwrite the application's slash commands with the command model (global, or one guild at once)")
  .option('--guild <id>', 'register in this guild only (instant, for testing)')
  .action(async (options: { guild?: string }) => {
    const { readDiscordConfig } = await import('../../adapters/discord/discord-config.ts');
    const { registerDiscordCommands } = await import('../../adapters/discord/register-commands.ts');
    const { ALL_COMMANDS } = await import('../commands/all-commands.ts');
    const { registered } = await registerDiscordCommands(readDiscordConfig(), ALL_COMMANDS, { guildId: options.guild });
    process.stdout.write(`registered ${registered.length} commands ${options.guild ? `in guild ${options.guild}` : 'globally (may take up to an hour to appear)'}: ${registered.map((c) => `/${c.name}`).join(' ')}\n`);
  });

discord
  .command('shards')
  .description('run the Discord shards one process each (discord.js ShardingManager): DISCORD_SHARDS in all, DISCORD_SHARD_IDS of them here')
  .action(async () => {
    const { readDiscordConfig } = await import('../../adapters/discord/discord-config.ts');
    const { startShardManager } = await import('../../adapters/discord/shard-manager.ts');
    // Each shard process runs the bot's own entry point: the compiled one when this is compiled, else under tsx.
    const built = import.meta.url.endsWith('.js');
    const entry = fileURLToPath(new URL(built ? '../main.js' : '../main.ts', import.meta.url));
    const running = await startShardManager({ config: readDiscordConfig(), logger, entry, execArgv: built ? [] : ['--import', 'tsx'], metricsPort: config.METRICS_PORT });
    await new Promise((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await running.stop();
  });

const slack = program.command('slack').description('operate the Slack adapter');
slack
  .command('manifest')
  .description('print a Slack app manifest generated from the command model')
  .option('--request-url <url>', 'HTTP mode: the public https://…/slack/events URL (omit for Socket Mode)')
  .option('--style <style>', 'slash commands: short (/targets), namespaced (/ballotguard targets) or both', 'both')
  .option('--workspace-admins', 'workspace admins moderate (SLACK_WORKSPACE_ADMINS_MODERATE): adds the users:read scope')
  .option('--user-group', 'a user group moderates (SLACK_MODERATOR_USERGROUP_ID): adds the usergroups:read scope')
  .option('--oauth-redirect-url <url>', 'many workspaces (SLACK_CLIENT_ID): the public https://…/slack/oauth_redirect URL')
  .action(async (options: { requestUrl?: string; style: 'short' | 'namespaced' | 'both'; workspaceAdmins?: boolean; userGroup?: boolean; oauthRedirectUrl?: string }) => {
    const { slackManifest } = await import('../../adapters/slack/slack-manifest.ts');
    const { ALL_COMMANDS } = await import('../commands/all-commands.ts');
    process.stdout.write(`${JSON.stringify(slackManifest(ALL_COMMANDS, { requestUrl: options.requestUrl, style: options.style, workspaceAdmins: options.workspaceAdmins, userGroup: options.userGroup, oauthRedirectUrl: options.oauthRedirectUrl }), null, 2)}\n`);
  });

/** A reply as terminal text; control characters, escapes and bidi overrides from any source are made visible. */
function printable(reply: Parameters<typeof replyToPlainText>[0]): string {
  const lines = [replyToPlainText(reply)];
  if (reply.sources.length > 0) lines.push(`Sources:\n${reply.sources.map((s) => `- ${s.label}${s.url ? ` ${s.url}` : ''}`).join('\n')}`);
  if (reply.suggestions.length > 0) lines.push(`You could ask: ${reply.suggestions.map((s) => s.label).join(' | ')}`);
  return terminalSafe(lines.join('\n\n'));
}

function readConfigOrExit(): CoreConfig {
  try {
    return readCoreConfig();
  } catch (error) {
    process.stderr.write(`ballotguard: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof KnowledgeInvalidError) {
    process.stderr.write(`${error.message}\nRun "npm run -s cli -- kb check" after fixing them.\n`);
  } else {
    process.stderr.write(`ballotguard: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
}
