import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../adapters/console/render-terminal.ts';
import { renderDiscord } from '../../adapters/discord/render-discord.ts';
import { renderSlack } from '../../adapters/slack/render-slack.ts';
import { replyToPlainText } from '../../src/core/plain-text.ts';
import { shippedBot } from '../helpers/shipped-knowledge.ts';

const member = { id: 'member-1', platform: 'test' };
const TYPED = '**bold** ||spoiler|| `code` [x](https://evil.gov/login) ~~gone~~ evil.gov/login';

describe('user text echoed into a reply is shown as typed on every platform', () => {
  it('escapes markdown for Discord, uses look-alikes on Slack, prints it literally in terminals, and defangs its links', async () => {
    const bot = await shippedBot();
    const reply = await bot.handleText(`/targets ${TYPED}`, member);
    expect(reply.body).toContain('\u201c'); // the reply quotes what was typed

    const discord = JSON.stringify(renderDiscord(reply).message.embeds);
    for (const escaped of ['\\\\*\\\\*bold\\\\*\\\\*', '\\\\|\\\\|spoiler\\\\|\\\\|', '\\\\`code\\\\`', '\\\\~\\\\~gone\\\\~\\\\~', '\\\\[x\\\\]']) expect(discord).toContain(escaped);

    const slack = JSON.stringify(renderSlack(reply).blocks);
    expect(slack).toContain('\u2217\u2217bold\u2217\u2217');
    expect(slack).toContain('\u223c\u223cgone\u223c\u223c');
    expect(slack).not.toMatch(/\*bold\*|~gone~|`code`/);

    const terminal = renderTerminal(reply, { color: false });
    const plain = replyToPlainText(reply);
    for (const shown of [terminal, plain]) expect(shown).toContain('**bold** ||spoiler|| `code` [x](hxxps://evil[.]gov/login) ~~gone~~ evil[.]gov/login');

    for (const rendered of [discord, slack, terminal, plain]) expect(rendered).not.toMatch(/evil\.gov|https:\/\/evil/);
  });
});
