import { gluedReadings } from '../text/glued-words.js'
import { normaliseName } from '../text/normalise-name.js'
import { PLACE_WORDS } from '../text/place-words.js'
import { canonicalSpelling } from '../text/spelling.js'
import type { CandidateIndex } from './candidate-index.js'
import { deletionHashes, doubleDeletionHashes, MIN_DELETE_LENGTH } from './candidate-index.js'
import { hashSkipping } from './int-multimap.js'
import {
  leftoverSimilarity,
  MIN_LEFTOVER_LENGTH,
  MIN_TOKEN_SIMILARITY,
  tokenSimilarity,
} from './token-similarity.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A place name in a query ("Zhejiang", "Shenzhen") weighs at most this share of the rarest word's weight:
 * lists often leave the place out of a company's name.
 */
export const PLACE_SHARE = 0.2
/** Similarities from here up are one edit in a word of six letters or more (two edits are capped below). */
const ONE_TYPO = 0.9

/** A query token with what it resembles in the vocabulary; similarities are cached for the whole query. */
export interface QueryToken {
  text: string
  canonical: string
  weight: number
  /** Vocabulary token id -> similarity (0 cached too). */
  sims: Map<number, number>
  /** Vocabulary tokens similar enough to find candidates by. */
  similar: number[]
  /** Ways to read the token as two listed words ("technologieslebanon" -> technologies + lebanon). */
  splits: Array<readonly [number, number]>
  /**
   * Vocabulary tokens two typos away that only a pair of leftover words can explain (leftoverSimilarity:
   * "ceioaba" / "ceiba", beyond the edit budget of a five-letter word), to find candidates by.
   */
  leftovers: number[]
}

export interface PreparedQuery {
  tokens: QueryToken[]
  /** Vocabulary tokens that two neighbouring query tokens make when joined ("hik vision" -> hikvision). */
  joined: number[]
  forms: readonly string[]
  script: string
  folded: string
}

export function prepareQuery(name: string, vocabulary: Vocabulary, index: CandidateIndex): PreparedQuery {
  const norm = normaliseName(name)
  const words = norm.tokens
  // A word that makes a listed word with a neighbour is half of a split word ("Karas ani"), not a glued form.
  const joins = (i: number) =>
    vocabulary.ids.has((words[i - 1] ?? '') + words[i]!) ||
    vocabulary.ids.has(words[i]! + (words[i + 1] ?? ''))
  const tokens = words.map((text, i) => {
    // A word the lists do not have may be a listed word with a legal form or "and" glued on ("mistpte").
    const bare =
      vocabulary.ids.has(text) || joins(i)
        ? undefined
        : gluedReadings(text).find((r) => vocabulary.ids.has(r))
    if (!bare) return lookUp(text, norm.canonical[i]!, vocabulary, index)
    // A listed word one typo away explains the word as well ("servcie" is "service", not "serv" + "cie").
    const whole = lookUp(text, norm.canonical[i]!, vocabulary, index)
    return whole.similar.some((t) => whole.sims.get(t)! >= ONE_TYPO)
      ? whole
      : lookUp(bare, canonicalSpelling(bare), vocabulary, index)
  })
  const joined: number[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = vocabulary.ids.get(tokens[i]!.text + tokens[i + 1]!.text)
    if (t !== undefined) joined.push(t)
  }
  return { tokens, joined, forms: norm.forms, script: norm.script, folded: norm.folded }
}

function lookUp(text: string, canonical: string, vocabulary: Vocabulary, index: CandidateIndex): QueryToken {
  const own = vocabulary.ids.get(text)
  const sims = new Map<number, number>()
  const similar: number[] = []
  const leftovers: number[] = []
  const consider = (t: number) => {
    if (sims.has(t)) return
    const s = tokenSimilarity(text, canonical, vocabulary.text[t]!, vocabulary.canonical[t]!)
    sims.set(t, s)
    if (s >= MIN_TOKEN_SIMILARITY) similar.push(t)
  }
  const considerTwoTypos = (t: number) => {
    if (sims.has(t)) return
    consider(t)
    if (sims.get(t)! < MIN_TOKEN_SIMILARITY && leftoverSimilarity(text, vocabulary.text[t]!) > 0)
      leftovers.push(t)
  }
  if (own !== undefined) consider(own)
  index.canonical.forEach(hashSkipping(canonical), consider)
  if (!/\d/.test(text)) {
    const keys = deletionHashes(text, text.length >= MIN_DELETE_LENGTH - 1)
    for (const key of keys) index.deletes.forEach(key, consider)
    // A word the lists do not have, and no word of theirs one edit away, may carry two typos: up to two
    // letters removed on each side meet. (Looking further for words that have a near neighbour costs time, and
    // short words have many: it brought far-fetched candidates to unlisted names.)
    // From five letters: two typos there are beyond the edit budget, but a leftover pair can still explain them.
    if (own === undefined && similar.length === 0 && text.length >= MIN_LEFTOVER_LENGTH) {
      for (const key of keys) index.deletes2.forEach(key, considerTwoTypos)
      for (const key of doubleDeletionHashes(text)) {
        index.deletes.forEach(key, considerTwoTypos)
        index.deletes2.forEach(key, considerTwoTypos)
      }
    }
  }
  const splits: Array<readonly [number, number]> = []
  if (own === undefined && text.length >= 5) {
    for (let p = 2; p <= text.length - 2; p++) {
      const a = vocabulary.ids.get(text.slice(0, p))
      const b = a === undefined ? undefined : vocabulary.ids.get(text.slice(p))
      if (a !== undefined && b !== undefined) splits.push([a, b])
    }
  }
  const ownWeight = own !== undefined ? vocabulary.weights[own]! : vocabulary.unknownWeight
  const weight = PLACE_WORDS.has(text)
    ? Math.min(ownWeight, PLACE_SHARE * vocabulary.unknownWeight)
    : ownWeight
  return { text, canonical, weight, sims, similar, splits, leftovers }
}

/** Similarity of query token q and vocabulary token t, computed once per query. */
export function similarity(q: QueryToken, t: number, vocabulary: Vocabulary): number {
  let s = q.sims.get(t)
  if (s === undefined) {
    s = tokenSimilarity(q.text, q.canonical, vocabulary.text[t]!, vocabulary.canonical[t]!)
    q.sims.set(t, s)
  }
  return s
}
