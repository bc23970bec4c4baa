import type { Knowledge } from '../knowledge/assemble-knowledge.ts';
import { defang, refangText } from '../check/fang.ts';
import { checkMessage } from '../check/run-check.ts';

export const CHOICE_KEYS = ['a', 'b', 'c', 'd'] as const;
export type ChoiceKey = (typeof CHOICE_KEYS)[number];

/** One quiz question, built from the knowledge base; the same knowledge always gives the same questions. */
export interface QuizQuestion {
  number: number;
  prompt: string;
  choices: { key: ChoiceKey; text: string }[];
  answer: ChoiceKey;
  /** Why the answer is right, shown after every answer. */
  explanation: string;
  /** Entries whose sources back the explanation. */
  entryIds: string[];
}

const cache = new WeakMap<Knowledge, QuizQuestion[]>();
const NUMBER_WORDS: Record<number, string> = { 3: 'Three', 4: 'Four' };

/** The quiz for a knowledge base: lookalike senders, risky attachments, what to do next. */
export function quizQuestions(knowledge: Knowledge): QuizQuestion[] {
  let questions = cache.get(knowledge);
  if (!questions) {
    questions = buildQuestions(knowledge).map((q, i) => ({ ...q, number: i + 1 }));
    cache.set(knowledge, questions);
  }
  return questions;
}

type Draft = Omit<QuizQuestion, 'number' | 'choices' | 'answer'> & { right: string; wrong: string[] };

function buildQuestions(knowledge: Knowledge): QuizQuestion[] {
  const drafts: Draft[] = [
    ...lookalikeQuestions(knowledge),
    ...attachmentQuestions(knowledge),
    ...nextStepQuestions(knowledge),
  ];
  return drafts.map((draft, i) => arrange(draft, i));
}

/**
 * "Which of these is from the organisation's own domain?" for each organisation whose domains a source gives.
 * The lookalikes are made the ways /check detects (other ending, words added, free webmail), and kept only if
 * /check flags them, so the quiz and the check never disagree.
 */
function lookalikeQuestions(knowledge: Knowledge): Draft[] {
  return knowledge.entries.flatMap((entry): Draft[] => {
    if (entry.kind !== 'organisation' || entry.domains.length === 0) return [];
    const real = refangText(entry.domains[0]!);
    const [name, suffix] = [real.slice(0, real.indexOf('.')), real.slice(real.indexOf('.') + 1)];
    const word = (entry.names[0] ?? name).toLowerCase().replace(/[^a-z0-9]/g, '');
    const label = entry.names[0] ?? entry.title;
    const lookalikes = [
      `${label} <office@${word}-${suffix.replace(/\./g, '-')}.net>`,
      `${label} <office@${name}.${suffix === 'net' ? 'org' : 'net'}>`,
      `${label} <${word}.office@gmail.com>`,
    ].filter((sender) => checkMessage(sender, knowledge).findings.length > 0);
    const genuine = `${label} <office@${real}>`;
    if (lookalikes.length < 2 || checkMessage(genuine, knowledge).findings.length > 0) return [];
    return [
      {
        prompt: `${NUMBER_WORDS[lookalikes.length + 1] ?? 'These'} e-mails say they come from **${label}**. Which one is sent from ${label}\u2019s own domain?`,
        right: defang(genuine),
        wrong: lookalikes.map(defang),
        explanation: `Only **${defang(real)}** is ${label}\u2019s domain. The others add words, change the ending, or use free webmail that anyone can open. Attackers use such addresses to pass as an organisation their targets trust: the 2018 phish that Monavithya Kem caught came from an address that was not the organisation\u2019s. Even the real domain can be forged in the From line, so confirm unexpected requests through a channel you already know.`,
        entryIds: [entry.id, 'advice-check-sender'],
      },
    ];
  });
}

/** "Which attachment runs a program?" from the lure names the knowledge base quotes (".docx.js", ".mp4.js"). */
function attachmentQuestions(knowledge: Knowledge): Draft[] {
  const text = knowledge.entries.map((e) => (e.kind === 'indicator' ? e.indicators.map((i) => i.note ?? '').join('\n') : e.answer)).join('\n');
  const lures = [...new Set([...text.matchAll(/[\w-]+(?:\.[\w-]+)*\.(?:docx|pdf|mp4|doc)\.js\b/gi)].map((m) => m[0]))].slice(0, 2);
  const decoys = ['election-schedule.pdf', 'meeting-notes.docx', 'team-photo.jpg', 'budget-2018.xlsx'];
  return lures.map((lure, i) => {
    const looksLike = lure.replace(/\.js$/i, '');
    return {
      prompt: `Which of these attachments would **run a program** on your computer when opened?`,
      right: lure,
      wrong: [looksLike, ...decoys.filter((d) => d !== looksLike)].slice(i, i + 3),
      explanation: `**${lure}** ends in **.js**: it is a JavaScript program, whatever the ".${looksLike.split('.').pop()}" before it says. The 2018 attackers sent files named exactly like this; opening one showed a decoy while it installed the AIRBREAK backdoor. Turn on "show file extensions" and never open a file ending in .js, .exe, .vbs, .lnk or .scr.`,
      entryIds: ['advice-attachments', 'malicious-javascript-downloaders'],
    };
  });
}

/** "What do you do first?" with the right answer taken from the knowledge base's advice steps. */
function nextStepQuestions(knowledge: Knowledge): Draft[] {
  const step = (id: string, pattern: RegExp) => {
    const entry = knowledge.entriesById.get(id);
    return entry?.kind === 'advice' ? entry.steps.find((s) => pattern.test(s)) : undefined;
  };
  const drafts: Draft[] = [];
  const confirm = step('advice-check-sender', /confirm/i);
  if (confirm) {
    drafts.push({
      prompt: 'A human rights group you know writes unexpectedly, asking you to fill in an attached survey for a newspaper article. What do you do first?',
      right: confirm,
      wrong: ['Reply to the e-mail and ask whether it is genuine.', 'Open the attachment to see whether it looks real.', 'Forward it to colleagues and ask what they think.'],
      explanation: `A reply goes to whoever sent the message, genuine or not. Monavithya Kem caught the 2018 phish because the sender\u2019s address was not the organisation\u2019s, and she neither replied nor downloaded the attachment.`,
      entryIds: ['advice-check-sender', 'phishing-email-to-kem'],
    });
  }
  const report = step('advice-report-suspicious', /report/i);
  if (report) {
    drafts.push({
      prompt: 'You are fairly sure an e-mail is a phishing attempt. What should you do with it?',
      right: report,
      wrong: ['Delete it and say nothing, so nobody worries.', 'Reply and tell the sender you know it is fake.', 'Click the link once to see where it goes.'],
      explanation: `A report lets them warn others and block the sender; a deleted message helps nobody. Monavithya Kem sent hers to FireEye, which traced it to one of the attackers\u2019 servers.`,
      entryIds: ['advice-report-suspicious', 'phishing-email-to-kem'],
    });
  }
  return drafts;
}

/** Places the right answer among the wrong ones, at a position that varies from question to question. */
function arrange(draft: Draft, index: number): QuizQuestion {
  const wrong = draft.wrong.slice(0, CHOICE_KEYS.length - 1);
  const at = (index * 2 + 1) % (wrong.length + 1);
  const texts = [...wrong.slice(0, at), draft.right, ...wrong.slice(at)];
  const choices = texts.map((text, i) => ({ key: CHOICE_KEYS[i]!, text }));
  return { number: 0, prompt: draft.prompt, choices, answer: CHOICE_KEYS[at]!, explanation: draft.explanation, entryIds: draft.entryIds };
}
