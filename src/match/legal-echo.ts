import { isLegalWord } from '../text/legal-forms.js'
import type { Alignment } from './align.js'
import type { PreparedQuery } from './query-tokens.js'
import { nameScore } from './score-name.js'
import { leftoverSimilarity, MIN_TOKEN_SIMILARITY, tokenSimilarity } from './token-similarity.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/** What a query word read as one of the listed name's legal words still weighs: about a common word's weight. */
export const ECHO_WEIGHT = 2

/**
 * A query word left unmatched that spells a word of the listed name's legal form ("KB Investments LhIMjITED" /
 * "KB Investments Limited", "Aktar and Sons Privtae Limited", "Hamriyah Steel Free Zone" / "… Free Zone
 * Company"). On its own the query gives no context to read a misspelt or partial legal form as legal, so the
 * word stays a name word and weighs as a rare one; the listed name supplies the context. The word then weighs
 * as little as a common word, and the gain in name score is reported as an adjustment. A misspelling only
 * counts when no listed name has the query's word ("Compass" is a name, not a misspelt "Company"), and only
 * beside a name word that matched.
 */
export function legalEcho(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  folded: string,
  vocabulary: Vocabulary,
  score: number,
): Adjustment | undefined {
  if (a.unmatchedQuery.length === 0 || a.queryWeight <= 0) return undefined
  // A query of legal words only ("Limited Liability Company") names no party: its words explain nothing.
  if (!a.pairs.some((p) => p.query.some((i) => !isLegalWord(q.tokens[i]!.text)))) return undefined
  const legal = listedLegalWords(listed, folded, vocabulary)
  if (legal.length === 0) return undefined
  let weight = a.queryWeight
  const read: string[] = []
  for (const i of a.unmatchedQuery) {
    const t = q.tokens[i]!
    const word = legal.find((w) => echoes(t.text, w, vocabulary))
    if (word === undefined || t.weight <= ECHO_WEIGHT) continue
    weight -= t.weight - ECHO_WEIGHT
    read.push(t.text === word ? `"${word}"` : `"${t.text}" ("${word}")`)
  }
  if (read.length === 0) return undefined
  const queryCoverage = (a.queryCoverage * a.queryWeight) / weight
  const effect = Math.round((nameScore({ ...a, queryCoverage }) - score) * 10_000) / 10_000
  const shown = Math.round(effect * 100) / 100
  return {
    code: 'legal-word',
    effect,
    text: `${read.join(', ')} read as the listed legal form +${shown.toFixed(2)}`,
  }
}

/** The words the normaliser removed from the listed name as its legal form. */
function listedLegalWords(listed: Int32Array, folded: string, vocabulary: Vocabulary): string[] {
  const words = folded.split(' ')
  if (words.length <= listed.length) return []
  const core = new Set(Array.from(listed, (t) => vocabulary.text[t]!))
  return words.filter((w) => w.length >= 3 && !core.has(w) && isLegalWord(w))
}

function echoes(q: string, legal: string, vocabulary: Vocabulary): boolean {
  if (q === legal) return true
  if (q.length < 3 || vocabulary.ids.has(q)) return false
  return tokenSimilarity(q, q, legal, legal) >= MIN_TOKEN_SIMILARITY || leftoverSimilarity(q, legal) > 0
}
