import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleBallotguard } from '../../src/core/assemble-ballotguard.ts';
import type { Bot } from '../../src/core/bot.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-knowledge.ts';
import { RecordsStore } from '../../src/records/records-store.ts';

const moderator = { id: 'mod-1', platform: 'test', role: 'maintainer' as const };
const member = { id: 'member-1', platform: 'test' };

/** A running bot over a private copy of the knowledge, with its reloader and records, as `npm start` wires them. */
async function runningBot(dir: string, { watch = false } = {}) {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  const loaded = await loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error('test knowledge invalid');
  const records = new RecordsStore(':memory:');
  const refused: string[][] = [];
  const { bot, reloader, pipeline } = assembleBallotguard({
    knowledge: loaded.knowledge,
    knowledgeDir: dir,
    logger,
    records,
    defaults: { cooldownSeconds: 0 },
    reloader: { debounceMs: 150, onRefused: (problems) => refused.push(problems.map((p) => p.file)) },
  });
  if (watch) reloader!.watch();
  return { bot, reloader: reloader!, pipeline, records, refused, reloads: () => lines.filter((l) => l.includes('knowledge reloaded')).length };
}

const ask = async (bot: Bot, question: string) => (await bot.handleText(question, member)).body;

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live knowledge while the bot runs', () => {
  let dir = '';
  let stop: (() => void) | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bg-live-'));
    await cp('knowledge', dir, { recursive: true });
  });
  afterEach(async () => {
    stop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('uses an edited file for the next answer, keeps the last good knowledge while a file is broken, and recovers when it is fixed', async () => {
    const { bot, reloader, records, refused } = await runningBot(dir);
    stop = () => records.close();
    const file = path.join(dir, 'people.yaml');
    const original = await readFile(file, 'utf8');

    await writeFile(file, original.replace('was Cambodia\'s **Prime Minister**', 'was Cambodia\'s **long-serving Prime Minister**'));
    expect(await reloader.reload()).toMatchObject({ ok: true, changed: ['hun-sen'], added: [], removed: [] });
    expect(await ask(bot, 'who is hun sen')).toContain('long-serving Prime Minister');

    await writeFile(file, original.replace('    role: Prime Minister of Cambodia, leader', '    rol: Prime Minister of Cambodia, leader'));
    const outcome = await reloader.reload();
    expect(outcome.ok).toBe(false);
    expect(refused).toEqual([['people.yaml', 'people.yaml']]);
    // Still answering, from the last good knowledge.
    expect(await ask(bot, 'who is hun sen')).toContain('long-serving Prime Minister');
    const status = await bot.handleText('/kb status', moderator);
    expect(status.title).toBe('Knowledge: serving the last good version');
    expect(status.body).toMatch(/people\.yaml:\d+:\d+ entries\[\d+\]\.role: is required/);
    expect(status.body).toMatch(/people\.yaml:\d+:\d+ entries\[\d+\]\.rol: unknown field "rol"/);

    await writeFile(file, original);
    expect(await reloader.reload()).toMatchObject({ ok: true, changed: ['hun-sen'] });
    expect(await ask(bot, 'who is hun sen')).not.toContain('long-serving');
    expect((await bot.handleText('/kb status', moderator)).title).toBe('Knowledge: OK');
  });

  it('loses nothing when a file is deleted or emptied by accident; /kb reload confirms a deletion', async () => {
    const { bot, reloader, records } = await runningBot(dir);
    stop = () => records.close();
    const entries = bot.snapshot.knowledge.entries.length;

    await writeFile(path.join(dir, 'quotes.yaml'), '');
    expect((await reloader.reload()).ok).toBe(false);
    expect(bot.snapshot.knowledge.entries).toHaveLength(entries);

    await unlink(path.join(dir, 'quotes.yaml'));
    const refused = await reloader.reload();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toMatchObject({ file: 'quotes.yaml', message: expect.stringContaining('stay loaded until a maintainer confirms') });
    expect(bot.snapshot.knowledge.entries).toHaveLength(entries);
    expect(await ask(bot, 'what did ben read say')).toContain('visibility');

    // A deletion that leaves the set valid is applied once a moderator confirms it.
    await cp('knowledge/quotes.yaml', path.join(dir, 'quotes.yaml'));
    await writeFile(path.join(dir, 'extra.yaml'), 'entries:\n  - id: extra-note\n    kind: faq\n    title: Extra\n    answer: An extra note.\n    sources: [fireeye-2018-07]\n');
    expect(await reloader.reload()).toMatchObject({ ok: true, added: ['extra-note'] });
    await unlink(path.join(dir, 'extra.yaml'));
    expect((await reloader.reload()).ok).toBe(false);
    expect(bot.snapshot.knowledge.entriesById.has('extra-note')).toBe(true);
    const confirmed = await bot.handleText('/kb reload', moderator);
    expect(confirmed.title).toBe('Knowledge reloaded');
    expect(confirmed.body).toContain('1 removed (extra-note)');
    expect(bot.snapshot.knowledge.entriesById.has('extra-note')).toBe(false);
    expect(records.audit()[0]).toMatchObject({ moderatorId: 'mod-1', action: 'reload' });
  });

  it('watches the directory: a burst of saves is one reload, and the next answer uses it', async () => {
    const { bot, reloader, records, reloads } = await runningBot(dir, { watch: true });
    stop = () => {
      reloader.stop();
      records.close();
    };
    const file = path.join(dir, 'people.yaml');
    const original = await readFile(file, 'utf8');
    for (let i = 1; i <= 5; i++) {
      await writeFile(file, original.replace('senior manager of **FireEye', `senior manager (save ${i}) of **FireEye`));
    }
    await eventually(async () => (await ask(bot, 'who is ben read')).includes('save 5'));
    // One more save after the burst: once it is in, every reload the burst caused has happened.
    await writeFile(file, original.replace('senior manager of **FireEye', 'senior manager (save 6) of **FireEye'));
    await eventually(async () => (await ask(bot, 'who is ben read')).includes('save 6'));
    expect(reloads()).toBe(2);
  });

  it('/kb teach writes the question into the entry\u2019s file (comments kept), reloads, and the bot answers it', async () => {
    const { bot, records } = await runningBot(dir);
    stop = () => records.close();
    const question = 'Who keeps winning the Cambodian vote';
    expect((await bot.handleText(question, member)).title).not.toBe('Hun Sen');

    const taught = await bot.handleText(`/kb teach hun-sen ${question}`, moderator);
    expect(taught.title).toBe('Taught');
    expect(taught.body).toContain('It now answers that question.');
    const text = await readFile(path.join(dir, 'people.yaml'), 'utf8');
    expect(text).toContain(`      - ${question}`);
    expect(text).toContain('# People named in the report and its coverage.');
    expect((await bot.handleText(question, member)).title).toBe('Hun Sen');
    expect(records.audit()[0]).toMatchObject({ action: 'teach', moderatorId: 'mod-1', detail: expect.stringContaining('hun-sen (people.yaml)') });
  });

  it('refuses /kb teach from a non-moderator, an unknown entry, and changes nothing', async () => {
    const { bot, records } = await runningBot(dir);
    stop = () => records.close();
    const before = await readFile(path.join(dir, 'people.yaml'), 'utf8');
    const refused = await bot.handleText('/kb teach hun-sen who runs cambodia', member);
    expect(refused).toMatchObject({ title: 'Moderators only', visibility: 'private' });
    const unknown = await bot.handleText('/kb teach no-such-entry who runs cambodia', moderator);
    expect(unknown.title).toBe('Not taught');
    expect(unknown.body).toContain('there is no entry "no-such-entry"');
    expect(await readFile(path.join(dir, 'people.yaml'), 'utf8')).toBe(before);
  });

  it('/kb gaps lists abstained, low-confidence and unhelpful questions, grouped and counted, newest first', async () => {
    const { bot, pipeline, records } = await runningBot(dir);
    stop = () => records.close();
    const asked = async (text: string) => (await pipeline.handle({ platform: 'test', user: { id: 'member-1' }, via: 'direct', input: { type: 'text', text } })).reply;
    await asked('how do I bake bread');
    await asked('How do I bake bread?');
    await asked('who won the world cup');
    const askedAt = Date.now();
    await eventually(() => Date.now() > askedAt + 1); // the feedback must be stamped later than the questions
    const answer = await asked('who is hun sen');
    await pipeline.handle({ platform: 'test', user: { id: 'member-1' }, via: 'button', input: { type: 'feedback', answerId: answer!.answer!.id!, helpful: false } });
    const gaps = await bot.handleText('/kb gaps', moderator);
    const lines = gaps.body.split('\n').filter((l) => l.startsWith('- '));
    expect(lines[0]).toContain('\u201cwho is hun sen\u201d \u00d71, marked not helpful');
    expect(lines.find((l) => l.includes('bake bread'))).toMatch(/\u00d72, not answered/);
    expect(lines.some((l) => l.includes('world cup'))).toBe(true);
  });
});
