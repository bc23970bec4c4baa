/**
 * British and American spellings of one word: "organisation" and "organization", "defence" and "defense",
 * "prioritise" and "prioritize". The knowledge is written mostly in British English, with names in
 * American ("Department of Defense"), and askers write either. Each pair is an ending written two ways;
 * every ending needs a few letters before it, so that short everyday words ("four", "rise", "hence") are
 * never respelt.
 */
const ENDING_PAIRS: readonly [british: RegExp, american: string, american: RegExp, british: string][] = [
  [/(?<=[a-z]{2})is(e|ed|es|ing|ation|ations|er|ers|able)$/, 'iz$1', /(?<=[a-z]{2})iz(e|ed|es|ing|ation|ations|er|ers|able)$/, 'is$1'],
  [/(?<=[a-z]{2})ys(e|ed|es|ing)$/, 'yz$1', /(?<=[a-z]{2})yz(e|ed|es|ing)$/, 'ys$1'],
  [/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1', /(?<=[a-z]{3})or(s|ed|ing|ite|ites|able|er|ers)?$/, 'our$1'],
  [/(?<=[a-z]{2}[tb])re(s)?$/, 'er$1', /(?<=[a-z]{2}[tb])er(s)?$/, 're$1'],
  [/(?<=[a-z]{2})ence(s)?$/, 'ense$1', /(?<=[a-z]{2})ense(s)?$/, 'ence$1'],
  [/(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$/, 'l$1', /(?<=[a-z]{2}[aeiou])l(ed|ing|er|ers)$/, 'll$1'],
  [/(?<=[a-z]{3})ogue(s)?$/, 'og$1', /(?<=[a-z]{3})og(s)?$/, 'ogue$1'],
  [/dgement(s)?$/, 'dgment$1', /dgment(s)?$/, 'dgement$1'],
  [/^programme(s)?$/, 'program$1', /^program(s)?$/, 'programme$1'],
];
const MAY_HAVE_TWO_SPELLINGS = /(?:is|iz|ys|yz)(?:e|ed|es|ing|ation|ations|er|ers|able)$|(?:our|or)(?:s|ed|ing|ite|ites|able|er|ers)?$|[tb](?:re|er)s?$|en[cs]es?$|l(?:ed|ing|er|ers)$|og(?:ue)?s?$|dge?ments?$|^programm?e?s?$/;

const cache = new Map<string, readonly string[]>();

/** The word's other spellings: "analyse" gives ["analyze"], "center" gives ["centre"]; most words give none. */
export function otherSpellings(word: string): readonly string[] {
  if (!MAY_HAVE_TWO_SPELLINGS.test(word)) return NONE;
  let spellings = cache.get(word);
  if (spellings === undefined) {
    const found: string[] = [];
    for (const [british, american, americanEnding, britishEnding] of ENDING_PAIRS) {
      for (const respelt of [word.replace(british, american), word.replace(americanEnding, britishEnding)]) {
        if (respelt !== word && !found.includes(respelt)) found.push(respelt);
      }
    }
    spellings = found.length > 0 ? found : NONE;
    if (cache.size < 100_000) cache.set(word, spellings);
  }
  return spellings;
}

const NONE: readonly string[] = [];
