import { LEGAL_FORM_TABLE } from '../text/legal-form-table.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * One-word legal forms that may be glued to the end of a listed word ("JETEECO", "MILURSA", "MISTPTE",
 * "VISCAYALTDA"), and "and" ("MIRZAAND Co."). "est" and "too" end too many words to be read as forms.
 */
const GLUED_SUFFIXES = [
  ...new Set([
    ...Object.values(LEGAL_FORM_TABLE)
      .flat()
      .filter((f) => !f.includes(' ') && f !== 'est' && f !== 'too'),
    'and',
  ]),
].sort((a, b) => b.length - a.length)
/** Function words glued to the start of a listed word ("ANDDIGITAL", "OFSHIPPING"). */
const GLUED_PREFIXES = ['and', 'the', 'of']
/** What must remain: a listed word of at least this many letters. */
const MIN_REST = 3

/**
 * A query word the lists do not have that is a listed word with a legal form or a function word glued to it by
 * a missing space: the listed word. Only where the rest is a word of the lists, so that a name is not cut
 * into a shorter one by chance.
 */
export function withoutGluedWord(text: string, vocabulary: Vocabulary): string | undefined {
  for (const form of GLUED_SUFFIXES) {
    const rest = text.length - form.length
    if (rest >= MIN_REST && text.endsWith(form) && vocabulary.ids.has(text.slice(0, rest)))
      return text.slice(0, rest)
  }
  for (const word of GLUED_PREFIXES) {
    if (
      text.length - word.length >= MIN_REST + 1 &&
      text.startsWith(word) &&
      vocabulary.ids.has(text.slice(word.length))
    )
      return text.slice(word.length)
  }
  return undefined
}
