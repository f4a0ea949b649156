import { type QueryToken, similarity } from './query-tokens.js'
import {
  LEFTOVER_SIMILARITY,
  leftoverSimilarity,
  MIN_LEFTOVER_LENGTH,
  MIN_ORGANISATION_LEFTOVER_LENGTH,
  MIN_TOKEN_SIMILARITY,
  syllableLeftover,
  tokenSimilarity,
} from './token-similarity.js'
import type { Vocabulary } from './vocabulary.js'

/** One aligned pair; a side may span two tokens when a name is written as one word on the other side. */
export interface AlignedPair {
  query: readonly number[]
  listed: readonly number[]
  similarity: number
  /** Weight of the listed side (the list's token weights count for both sides of a pair). */
  weight: number
  /** An initial against a word: the word's side (query or listed) only earns WORD_SIDE_CREDIT, at its own weight. */
  initial?: { wordSide: 'query' | 'listed'; wordWeight: number }
  /** Paired only as two words both names left over (leftoverSimilarity): weak evidence of identity. */
  leftover?: true
}

export interface Alignment {
  pairs: AlignedPair[]
  unmatchedQuery: number[]
  unmatchedListed: number[]
  /** Share of the query's weight that found a partner, and of the listed name's. */
  queryCoverage: number
  listedCoverage: number
  /** The query's whole weight (the denominator of queryCoverage), so that a word can be reweighed afterwards. */
  queryWeight: number
}

/** Two words against one joined word must agree closely. */
const MIN_COMPOUND_SIMILARITY = 0.9
/** Initials ("G." against "Gennady") align at this similarity. */
export const INITIAL_SIMILARITY = 0.85
/**
 * What a full word earns when only an initial stands for it on the other side: less than half, since any word
 * with that first letter would do, but the query still says a word is there ("Stanislav A. NAUMOV").
 */
const WORD_SIDE_CREDIT = 0.45
/** Fuzzy pairs count less than their raw similarity: 0.95 counts 0.9, 0.85 counts 0.7. */
const FUZZY_STRETCH = 2

export const credit = (s: number): number => (s >= 1 ? 1 : Math.max(0, 1 - (1 - s) * FUZZY_STRETCH))

/**
 * Aligns query tokens with listed tokens regardless of order (persons are written "BUSH, George" and
 * "George Bush"), best pairs first, each token used once. Besides word against word, a word may stand
 * against two neighbouring words written as one ("Hikvision" / "Hik Vision") and an initial against a word,
 * unless `initials` is false: between two companies' names a lone letter is a brand or an abbreviation ("S-Oil",
 * "S. Group Airlines"), not the initial of a given word. Against an organisation's name (`organisation`), words
 * both names leave over pair from four letters ("New Moscow Bnka" / "New Moscow Bank"), else from five.
 */
export function align(
  query: readonly QueryToken[],
  listed: Int32Array,
  vocabulary: Vocabulary,
  initials = true,
  organisation = !initials,
): Alignment {
  const m = query.length
  const n = listed.length
  const candidates: AlignedPair[] = []
  const text = (j: number) => vocabulary.text[listed[j]!]!
  const canon = (j: number) => vocabulary.canonical[listed[j]!]!
  const w = (j: number) => vocabulary.weights[listed[j]!]!
  for (let i = 0; i < m; i++) {
    const q = query[i]!
    for (let j = 0; j < n; j++) {
      const t = listed[j]!
      const s = similarity(q, t, vocabulary)
      if (s >= MIN_TOKEN_SIMILARITY) candidates.push({ query: [i], listed: [j], similarity: s, weight: w(j) })
      const lt = text(j)
      if (q.text.charCodeAt(0) !== lt.charCodeAt(0)) continue
      if (j + 1 < n) {
        const s2 = tokenSimilarity(q.text, q.canonical, lt + text(j + 1), canon(j) + canon(j + 1))
        if (s2 >= MIN_COMPOUND_SIMILARITY) {
          candidates.push({ query: [i], listed: [j, j + 1], similarity: s2, weight: w(j) + w(j + 1) })
        }
      }
      if (i + 1 < m) {
        const q2 = query[i + 1]!
        const s2 = tokenSimilarity(q.text + q2.text, q.canonical + q2.canonical, lt, canon(j))
        if (s2 >= MIN_COMPOUND_SIMILARITY)
          candidates.push({ query: [i, i + 1], listed: [j], similarity: s2, weight: w(j) })
      }
      if (!initials) continue
      if (q.text.length === 1 && lt.length > 1) {
        const initial = { wordSide: 'listed' as const, wordWeight: w(j) }
        candidates.push({
          query: [i],
          listed: [j],
          similarity: INITIAL_SIMILARITY,
          weight: q.weight,
          initial,
        })
      } else if (lt.length === 1 && q.text.length > 1) {
        const initial = { wordSide: 'query' as const, wordWeight: q.weight }
        candidates.push({ query: [i], listed: [j], similarity: INITIAL_SIMILARITY, weight: w(j), initial })
      }
    }
  }
  const qUsed = new Uint8Array(m)
  const lUsed = new Uint8Array(n)
  const pairs: AlignedPair[] = []
  take(candidates, qUsed, lUsed, pairs)
  // Against an organisation's name, shorter leftover words pair too.
  const minLeftover = organisation ? MIN_ORGANISATION_LEFTOVER_LENGTH : MIN_LEFTOVER_LENGTH
  // Two syllables one letter apart pair only where two words of the name already agree.
  let words = 0
  for (const p of pairs) if (!p.initial) words++
  const vouched = words >= 2
  take(leftovers(query, listed, vocabulary, qUsed, lUsed, minLeftover, vouched), qUsed, lUsed, pairs)
  let matchedQ = 0
  let matchedL = 0
  let queryTotal = 0
  let listedTotal = 0
  for (const p of pairs) {
    const c = credit(p.similarity)
    if (!p.initial) {
      matchedQ += c * p.weight
      matchedL += c * p.weight
      queryTotal += p.weight
    } else if (p.initial.wordSide === 'query') {
      matchedQ += WORD_SIDE_CREDIT * p.initial.wordWeight
      matchedL += c * p.weight
      queryTotal += p.initial.wordWeight
    } else {
      matchedQ += c * p.weight
      matchedL += WORD_SIDE_CREDIT * p.initial.wordWeight
      queryTotal += p.weight
    }
  }
  for (let j = 0; j < n; j++) listedTotal += vocabulary.weights[listed[j]!]!
  const unmatchedQuery: number[] = []
  const unmatchedListed: number[] = []
  for (let i = 0; i < m; i++) {
    if (!qUsed[i]) {
      unmatchedQuery.push(i)
      queryTotal += query[i]!.weight
    }
  }
  for (let j = 0; j < n; j++) if (!lUsed[j]) unmatchedListed.push(j)
  return {
    pairs,
    unmatchedQuery,
    unmatchedListed,
    queryCoverage: queryTotal > 0 ? matchedQ / queryTotal : 0,
    listedCoverage: listedTotal > 0 ? matchedL / listedTotal : 0,
    queryWeight: queryTotal,
  }
}

function take(candidates: AlignedPair[], qUsed: Uint8Array, lUsed: Uint8Array, out: AlignedPair[]): void {
  // Words pair first, best first; an initial, which proves less than any word pair, takes a word left over (in "Abd
  // A. … al-Kawari" / "Abu Ali al-Kawari", "abd" pairs with "abu" before "a" may take it).
  candidates.sort(
    (a, b) =>
      Number(a.initial !== undefined) - Number(b.initial !== undefined) ||
      b.similarity - a.similarity ||
      b.weight - a.weight,
  )
  for (const c of candidates) {
    if (c.query.some((i) => qUsed[i]) || c.listed.some((j) => lUsed[j])) continue
    for (const i of c.query) qUsed[i] = 1
    for (const j of c.listed) lUsed[j] = 1
    out.push(c)
  }
}

/** Pairs of words left over on both sides that are two typos apart (see leftoverSimilarity). */
function leftovers(
  query: readonly QueryToken[],
  listed: Int32Array,
  vocabulary: Vocabulary,
  qUsed: Uint8Array,
  lUsed: Uint8Array,
  minLength: number,
  vouched: boolean,
): AlignedPair[] {
  const out: AlignedPair[] = []
  for (let i = 0; i < query.length; i++) {
    if (qUsed[i]) continue
    for (let j = 0; j < listed.length; j++) {
      if (lUsed[j]) continue
      const q = query[i]!.text
      const l = vocabulary.text[listed[j]!]!
      if (leftoverSimilarity(q, l, minLength) === 0 && (!vouched || syllableLeftover(q, l) === 0)) continue
      const weight = vocabulary.weights[listed[j]!]!
      out.push({ query: [i], listed: [j], similarity: LEFTOVER_SIMILARITY, weight, leftover: true })
    }
  }
  return out
}
