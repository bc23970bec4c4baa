import type { KnowledgeSnapshot } from '../core/knowledge-snapshot.ts';
import { checkMessage, holdsParts, type CheckResult } from '../check/run-check.ts';
import { checkReply } from '../check/check-reply.ts';
import { entryReply } from './describe-entry.ts';
import type { AnswerResult } from './answer-question.ts';
import { hashPattern, type HashKind } from '../knowledge/file-hashes.ts';

/**
 * What /check finds in a question, when it holds anything /check can look at (an address, link, domain or
 * file name); read once per question, for both uses below. Nothing is fetched or resolved.
 */
export function readPasted(question: string, snapshot: KnowledgeSnapshot): CheckResult | undefined {
  if (!mayHoldSomethingToCheck(question)) return undefined;
  const result = checkMessage(question, snapshot.knowledge);
  // A hash is no part of a message, but one the knowledge lists is found all the same.
  return holdsParts(result.parts) || result.findings.some((f) => f.kind === 'known-indicator') ? result : undefined;
}

/**
 * "a colleague got TOP_NEWS_Japan_to_Support_the_Election.js — is that known?": a question holding a domain,
 * address, hash or file name the knowledge base lists as an indicator is answered by the entry that lists
 * it, saying so first. The match is exact (as /check makes it), so it is certain in a way no wording is;
 * anything else in the question is left to the search.
 */
export function answerKnownIndicator(pasted: CheckResult, question: string, snapshot: KnowledgeSnapshot): AnswerResult | undefined {
  const finding = pasted.findings.find((f) => f.kind === 'known-indicator');
  const entry = finding && snapshot.knowledge.entriesById.get(finding.entryIds[0]!);
  if (!finding || !entry) return undefined;
  // "what's the SHA-256 of Interview Questions.docx?" asks for a hash the entry may not give: when it lists none of
  // that kind, what is asked is left to the search (and its decline), not answered with the file being known.
  const hashKind = askedHashKind(question);
  if (hashKind && !('indicators' in entry && entry.indicators?.some((indicator) => indicator.type === hashKind))) return undefined;
  const base = entryReply(entry, snapshot.knowledge, { question, confidence: 1, entryIds: [entry.id] });
  return {
    outcome: 'answered',
    confidence: 1,
    entryIds: [entry.id],
    reply: {
      ...base,
      body: `${finding.reason}\n\n${base.body}`,
    },
  };
}

/** The kind of hash a question asks for by name ("SHA-256", "sha256", "MD5"), as the knowledge's indicators type it. */
function askedHashKind(question: string): HashKind | undefined {
  const named = /\b(?:md5|sha-?(1|256))\b/i.exec(question);
  if (!named) return undefined;
  return named[1] === '256' ? 'sha256' : named[1] === '1' ? 'sha1' : 'md5';
}

/**
 * "got mail from licadho.investigator@gmail.com, legit?": a question the knowledge cannot answer that holds
 * something /check can look at gets the check's findings instead of "I don't know", when there are any (a
 * check that finds nothing proves nothing, so it is not offered as an answer). Private, as /check is.
 */
export function checkInsteadOfDeclining(pasted: CheckResult, snapshot: KnowledgeSnapshot): AnswerResult | undefined {
  if (pasted.findings.length === 0) return undefined;
  return { outcome: 'abstained', confidence: 0, entryIds: [...new Set(pasted.findings.flatMap((f) => f.entryIds))], reply: checkReply(pasted, snapshot) };
}

/**
 * Every address, link, domain, IP address and file name has a dot or an "@", defanged or not ("[.]",
 * "[dot]"), and a file hash is a run of 32, 40 or 64 hex digits ("our scanner found 3c51c890…"): most questions
 * have none of them, and need not be read for parts at all.
 */
function mayHoldSomethingToCheck(question: string): boolean {
  return /[.@]|\[dot\]|\(dot\)/i.test(question.replace(/[.!?\s]+$/, '')) || FILE_HASH.test(question);
}

/** An MD5, SHA-1 or SHA-256 hash standing alone. */
const FILE_HASH = hashPattern('md5', 'sha1', 'sha256');
