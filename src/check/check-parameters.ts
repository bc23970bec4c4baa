/**
 * Every tuning number of /check, in one place.
 *
 * The first four were fitted on the corpus in test/check/corpus.jsonl (lookalikes next to ordinary mail) by
 * trying the neighbouring values of each, the others held fixed, and counting expected findings missed and
 * false alarms raised (2026-11-25, 94 cases). The value kept is the one with neither; the case that rules
 * out each neighbour is named, and test/check/check-parameters.test.ts checks that all of this still holds.
 * Change one only with a corpus case that shows why.
 */
export const CHECK_PARAMETERS = {
  /**
   * An organisation name is looked for inside addresses, display names and domains only when it has at
   * least this many characters. At 3, "CPP" (the ruling party) matched a C++ study group's gmail address;
   * at 5, "CNRP" was no longer found in "CNRP Secretariat <cnrp.secretariat@gmail…>".
   */
  minNameLength: 4,
  /**
   * Largest edit distance (insert, delete, substitute, swap two neighbours) at which a short domain name
   * (see `shortNameLength`) counts as a lookalike. At 0, "fireye" and "flreeye" were missed; at 2, the
   * ordinary "freeze" matched "fireeye".
   */
  maxEditsShortName: 1,
  /**
   * The same for longer names. At 1, "licado-cambodai" (a letter dropped, two swapped) was missed; at 3,
   * the ordinary "dailynews" matched the attackers' "mlcdailynews".
   */
  maxEditsLongName: 2,
  /**
   * Names (without their public suffix) up to this many characters count as short. Any value from 7 to 15
   * gives the same corpus results: at 6, "freeze" matched "fireeye" (7 letters, then allowed 2 edits); at
   * 16, "licado-cambodai" was missed. 8 keeps the common short brand names (up to 8 letters) strict.
   */
  shortNameLength: 8,
  /**
   * An attachment name is looked up in the knowledge base's indicator notes only from this length on, as a
   * name like "a.js" would match inside longer note text by accident. Not fitted: any value up to 19 (the
   * shortest lure name quoted, "CNR.Movement.mp4.js") finds every lure; 8 leaves room for shorter ones.
   */
  minLureNameLength: 8,
  /** At most this many links, addresses, domains and attachments are looked at, so a huge paste stays quick. */
  maxParts: 40,
  /** At most this many findings are listed; the rest are counted ("and 3 more"). */
  maxFindingsShown: 12,
  /**
   * The findings listed stop before the reply's text would pass this many characters, so that "what to do"
   * always fits in one Slack section (3,000) and one Discord embed (4,096) without being cut.
   */
  maxBodyChars: 2_600,
  /** /check refuses longer text with a message saying so: Discord allows at most 6,000 characters in an option. */
  maxTextLength: 6_000,
} as const;

/** The parameters as values that may vary (the corpus test tries neighbouring values of the fitted ones). */
export type CheckParameters = { [K in keyof typeof CHECK_PARAMETERS]: number };
