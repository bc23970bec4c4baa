import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/core/bot.ts';
import type { Reply } from '../../src/core/reply.ts';
import { replyToPlainText } from '../../src/core/plain-text.ts';
import { shippedBot } from '../helpers/shipped-knowledge.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});
const member = { id: 'u1', platform: 'test' };
const run = (line: string): Promise<Reply> => bot.handleText(line, member);

/** Every domain-like run in a reply is defanged: no "name.tld" with a live dot. */
function liveDomains(reply: Reply): string[] {
  const text = [replyToPlainText(reply), ...reply.suggestions.map((s) => s.label)].join('\n');
  return [...text.matchAll(/\b[\w-]+\.(?:com|org|net|kh|de|io|info)\b/g)].map((m) => m[0]);
}

describe('/check', () => {
  it('reads a whole pasted message, line breaks and all, and explains each warning sign with its sources', async () => {
    const reply = await run(
      '/check From: "LICADHO investigator" <licadho.investigator@gmail.com>\nSubject: survey\nSee [www.licadho-cambodia.org](http://licadho-org.net/s)\nAttachment: Interview-Questions.docx.js',
    );
    expect(reply.visibility).toBe('private');
    expect(reply.title).toMatch(/^Check: \d+ warning signs$/);
    expect(reply.body).toContain('free webmail address (**gmail[.]com**)');
    expect(reply.body).toContain('licadho-org[.]net');
    expect(reply.body).toContain('double extension');
    expect(reply.body).toContain('**What to do:**');
    expect(reply.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['fireeye-2018-07', 'cisa-phishing-guidance']));
    expect(reply.fields.find((f) => f.name === 'Domains')?.value).toContain('registered domain **licadho-org[.]net**, public suffix .net');
    expect(liveDomains(reply)).toEqual([]);
  });

  it('never calls a message safe: with nothing known it says so, that this is not safety, and what to do', async () => {
    const reply = await run('/check From: Sokha Chan <sokha.chan@gmail.com> Lunch on Friday? https://www.nytimes.com/');
    expect(reply.title).toBe('Check: nothing known matched');
    expect(reply.body).toContain('This does not make the message safe');
    expect(reply.body).toMatch(/confirm it with the sender through a channel you already know/);
    expect(reply.body).toMatch(/report it to your security contact/);
    expect(replyToPlainText(reply).replace('does not make the message safe', '')).not.toMatch(/\bsafe\b/i);
    expect(liveDomains(reply)).toEqual([]);
  });

  it('shows punycode decoded with its skeleton, and everything defanged', async () => {
    const reply = await run('/check https://xn--lcadho-cambodia-72m.org/login');
    expect(reply.body).toContain('**xn--lcadho-cambodia-72m[.]org** is punycode for **l\u0456cadho-cambodia[.]org**');
    expect(reply.body).toContain('U+0456, Cyrillic');
    expect(reply.body).toMatch(/Unicode skeleton \(UTS #39\)/);
    expect(liveDomains(reply)).toEqual([]);
  });

  it('asks for something to check when the text holds nothing it can read, and refuses over-long text clearly', async () => {
    const nothing = await run('/check hello there');
    expect(nothing.title).toBe('Nothing to check');
    expect(nothing.body).toContain('Paste the sender line');
    const empty = await run('/check');
    expect(empty.kind).toBe('error');
    expect(empty.body).toContain('`text` is required');
    const long = await run(`/check ${'a'.repeat(6_001)}`);
    expect(long.body).toContain('too long: at most 6,000 characters');
  });

  it('never fetches or resolves: no file of the check uses the network, DNS or fetch', async () => {
    const dir = new URL('../../src/check/', import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = await readFile(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/node:(?:dns|net|http|https|tls)|\bfetch\(|\blookup\(|XMLHttpRequest/);
    }
  });
});
