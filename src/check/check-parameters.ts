/**
 * Every tuning number of /check, in one place. Each was chosen on the corpus in test/check/corpus.jsonl
 * (lookalikes and ordinary mail side by side): the value is the one that finds every lookalike there
 * while raising nothing on the ordinary messages. Change one only with a corpus case that shows why.
 */
export const CHECK_PARAMETERS = {
  /**
   * Largest edit distance (insert, delete, substitute, swap two neighbours) at which a domain name counts as
   * a lookalike of an organisation's, for names of at most `shortNameLength` characters. One edit catches
   * "licadh0-cambodia", "fireye"; two on short names would match unrelated words ("fire" and "wire").
   */
  maxEditsShortName: 1,
  /** The same for longer names: two edits ("licado-cambodai") still look alike at a glance on a long name. */
  maxEditsLongName: 2,
  /** Names up to this length (without the public suffix) allow only `maxEditsShortName` edits. */
  shortNameLength: 8,
  /**
   * An organisation name is looked for inside domains, addresses and display names only when it has at least
   * this many characters: "LICADHO" and "FireEye" are distinctive; "CPP" or "CNR" occur inside ordinary words
   * and domains ("cpp" in programming sites), and matched two ordinary corpus messages at 3.
   */
  minNameLength: 4,
  /** At most this many links, addresses, domains and attachments are looked at, so a huge paste stays quick. */
  maxParts: 40,
  /** At most this many findings are shown; the rest are counted ("and 3 more"). */
  maxFindingsShown: 12,
  /**
   * The findings shown stop before the reply's text would pass this many characters, so that "what to do"
   * always fits in one Slack section (3,000) and one Discord embed (4,096) without being cut.
   */
  maxBodyChars: 2_600,
  /** /check refuses text longer than this, with a message saying so (Discord allows 6,000 in an option). */
  maxTextLength: 6_000,
} as const;
