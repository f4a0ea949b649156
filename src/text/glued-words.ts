import { LEGAL_FORM_TABLE } from './legal-form-table.js'

/**
 * One-word legal forms that may be glued to the end of a word ("JETEECO", "MILURSA", "MISTPTE", "VISCAYALTDA"),
 * and "and" ("MIRZAAND Co."). "est" and "too" end too many words to be read as forms.
 */
const GLUED_SUFFIXES = [
  ...new Set([
    ...Object.values(LEGAL_FORM_TABLE)
      .flat()
      .filter((f) => !f.includes(' ') && f !== 'est' && f !== 'too'),
    'and',
  ]),
].sort((a, b) => b.length - a.length)
/** Function words glued to the start of a word ("ANDDIGITAL", "OFSHIPPING"). */
const GLUED_PREFIXES = ['and', 'the', 'of']
/** What must remain: a word of at least this many letters. */
const MIN_REST = 3

/**
 * The words a word may be with a legal form or a function word glued to it by a missing space, longest form
 * first: "mistpte" -> ["mist"]. The matcher takes the first that is a listed word (match/query-tokens.ts);
 * the counterparty index keys them all (changes/token-keys.ts).
 */
export function gluedReadings(text: string): string[] {
  const out: string[] = []
  for (const form of GLUED_SUFFIXES) {
    const rest = text.length - form.length
    if (rest >= MIN_REST && text.endsWith(form)) out.push(text.slice(0, rest))
  }
  for (const word of GLUED_PREFIXES) {
    if (text.length - word.length >= MIN_REST + 1 && text.startsWith(word)) out.push(text.slice(word.length))
  }
  return out
}
