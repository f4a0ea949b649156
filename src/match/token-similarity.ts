import { damerauDistance } from '../text/damerau-distance.js'
import { editDistance } from '../text/edit-distance.js'
import { NAME_VARIANTS } from '../text/name-variants.js'
import { isPinyinWord, PINYIN_SYLLABLE } from '../text/pinyin-word.js'
import { jaroWinkler } from './jaro-winkler.js'

/** Pairs below this similarity are not aligned. */
export const MIN_TOKEN_SIMILARITY = 0.8
/** Two spellings of one name (Mohammed / Muhammad, Sergei / Serguei) meet at this similarity. */
export const CANONICAL_SIMILARITY = 0.96
/** Tokens of five letters or fewer that differ are different words as often as typos: at most this. */
export const SHORT_FUZZY_CAP = 0.875

/**
 * Similarity of a query token and a listed token, each given as written and in canonical spelling:
 * 1 when equal, 0.96 when the canonical spellings agree, else Jaro-Winkler within an edit budget that grows
 * with length. Numbers must agree exactly; one- and two-letter tokens only match exactly (initials are the
 * aligner's business); short tokens and one word extending another ("williams" / "williamson") are capped.
 */
export function tokenSimilarity(q: string, qc: string, l: string, lc: string): number {
  if (q === l) return 1
  if (isNumeric(q) || isNumeric(l)) return 0
  const shorter = Math.min(q.length, l.length)
  if (shorter <= 6 && PINYIN_SYLLABLE.test(q) && PINYIN_SYLLABLE.test(l)) return 0
  if (qc === lc) return shorter <= 4 && !NAME_VARIANTS.has(q) ? SHORT_FUZZY_CAP : CANONICAL_SIMILARITY
  if (shorter < 3) return 0
  const budget = editBudget(shorter) - (q.charCodeAt(0) === l.charCodeAt(0) ? 0 : 1)
  if (budget <= 0) return 0
  if (Math.abs(q.length - l.length) > budget && Math.abs(qc.length - lc.length) > budget) return 0
  const edits = typos(q, qc, l, lc, budget)
  if (edits > budget) return 0
  // Jaro-Winkler undervalues an early substitution ("sehara" / "sahara" 0.78): the edit count has a say too.
  const jw = Math.max(jaroWinkler(q, l), jaroWinkler(qc, lc), 1 - (0.5 * edits) / shorter)
  if (jw < MIN_TOKEN_SIMILARITY) return 0
  const longer = Math.max(q.length, l.length)
  if (longer - shorter >= 2 && (q.startsWith(l) || l.startsWith(q))) return Math.min(jw, 0.84)
  if (edits >= 2) return isPinyinWord(q) && isPinyinWord(l) ? 0 : Math.min(jw, twoEditCap(shorter))
  return Math.min(jw, shorter <= 3 ? 0.8 : shorter <= 5 ? SHORT_FUZZY_CAP : 0.95)
}

/**
 * Two edits are a smaller share of a long word: the cap is 0.86 up to six letters, 0.875 from seven (two typos
 * in seven letters are as telling as one in five: a one-word name two typos off, "Torncom LLC" / "Tornetcom
 * LLC", reaches the threshold only when a legal form agrees) and rises to 0.92 at sixteen ("Yakuttvroiproekt" /
 * "Yakutstroiproekt"), so that a long one-word name with two typos still alerts.
 */
export const twoEditCap = (shorter: number): number =>
  Math.min(0.92, Math.max(shorter >= 7 ? 0.875 : 0.86, 1 - 1.25 / shorter))

/**
 * Two words that found no partner on either side but are two typos apart ("trgjst" / "trust") pair at this, earning
 * 0.64: in a name whose other words all agree ("Air Koruryo" / "Air Koryo", "Asbts al-Ansar"), enough to reach the
 * threshold; a one-word name still cannot.
 */
export const LEFTOVER_SIMILARITY = 0.82
export const MIN_LEFTOVER_LENGTH = 5
/**
 * Against an organisation's name a leftover word may have four letters ("Frts" / "Frutas", "Grou" / "Grupo", "Bnka" /
 * "Bank", "WqAE" / "Wave"): the name's other words vouch for the pair. Not for a person: short given names two typos
 * apart are other names (Maria / Mario), and a person's name has fewer words to vouch for the pair.
 */
export const MIN_ORGANISATION_LEFTOVER_LENGTH = 4

/**
 * The similarity of two words left over after alignment: short words with two typos are beyond the edit budget
 * (a five-letter word with two edits is as often another word), but when both names leave exactly such words
 * unexplained, they are more likely one word mistyped than two words. Same first letter, five letters or more;
 * against an organisation's name four (`minLength`; see align.ts).
 */
export function leftoverSimilarity(q: string, l: string, minLength = MIN_LEFTOVER_LENGTH): number {
  const shorter = Math.min(q.length, l.length)
  if (shorter < minLength) return 0
  if (q.charCodeAt(0) !== l.charCodeAt(0)) return 0
  if (isNumeric(q) || isNumeric(l) || typos(q, q, l, l, 2) > 2) return 0
  return isPinyinWord(q) && isPinyinWord(l) ? 0 : LEFTOVER_SIMILARITY
}

/**
 * Two different syllables ("chun" / "chin", "su" / "sou", "huan" / "hun") never match as words: in Chinese and Korean
 * names they are other names as often as typos. Left over by both names when two other words of the name agree
 * ("Choe Chin Yong" / "Choe Chun Yong", "Ra Kyong-sou" / "Ra Kyong-su"), one letter apart and starting alike, they are
 * more likely one syllable mistyped or romanised another way; they pair as leftovers do (align.ts).
 */
export function syllableLeftover(q: string, l: string): number {
  if (q.charCodeAt(0) !== l.charCodeAt(0) || !PINYIN_SYLLABLE.test(q) || !PINYIN_SYLLABLE.test(l)) return 0
  return typos(q, q, l, l, 1) <= 1 ? LEFTOVER_SIMILARITY : 0
}

/**
 * Typos between two words as written or in canonical spelling, at most max + 1. Optimal string alignment first
 * (fast); where it exceeds a budget of two, a transposition with a letter typed between ("abujdllah" /
 * "abdullah") is still two typos.
 */
function typos(q: string, qc: string, l: string, lc: string, max: number): number {
  const canonicalToo = qc !== q || lc !== l
  const edits = Math.min(editDistance(q, l, max), canonicalToo ? editDistance(qc, lc, max) : max + 1)
  if (edits <= max || max < 2) return edits
  return Math.min(damerauDistance(q, l, max), canonicalToo ? damerauDistance(qc, lc, max) : max + 1)
}

export function editBudget(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3
}

const isNumeric = (t: string): boolean => /\d/.test(t)
