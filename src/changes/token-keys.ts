import { gluedReadings } from '../text/glued-words.js'
import { normaliseName } from '../text/normalise-name.js'
import { canonicalSpelling } from '../text/spelling.js'
import { nameTokens } from './name-key.js'

/**
 * The keys of delta screening's counterparty index. A counterparty can only match a changed entry if one of
 * its words meets one of the entry's words the way the matcher finds candidates (match/query-tokens.ts): the
 * same word, the same canonical spelling (Youssef / Yusuf), one edit apart (symmetric one-deletion keys, words
 * of four letters or more), two edits apart (up to two letters left out on each side, entry words of six letters
 * or more, counterparty words of five: the matcher pairs those as leftovers), a word that is two of the entry's
 * words written as one, or two neighbouring words written as one of the entry's. The matcher tries some of these only when nothing nearer is found; the keys hold all of them,
 * so a counterparty sharing no key with an entry is never among the matcher's candidates for it.
 *
 * Each rule is split in two halves that meet on equal keys: `termKeys` of a counterparty's name terms (stored
 * with the counterparty) and `entryKeys` (asked for with the changed entries). Keys are 32-bit hashes tagged
 * by rule, so one rule's key never meets another's; a collision only lets a counterparty through to the matcher.
 */
const MIN_DELETE_LENGTH = 4
const MIN_DOUBLE_DELETE_LENGTH = 6
/** A query word from five letters is looked up two typos away too (match/query-tokens.ts, leftover pairs). */
const MIN_PARTY_DOUBLE_DELETE_LENGTH = 5

/** Rule tags: the first character hashed, so equal strings under different rules give different keys. */
const WORD = 0x57 // the word, two neighbours joined, or half of a word split in two
const CANONICAL = 0x43
/** Counterparty word or one letter left out; entry word or one letter left out. */
const DELETE = 0x44
/** Counterparty word or one letter left out; entry word with two letters left out. */
const ENTRY_TWO = 0x45
/** Counterparty word with two letters left out; entry word with up to two letters left out. */
const PARTY_TWO = 0x58
/** A name without words passes every cut (the matcher may still read something in it). */
const ANY_KEY = hash(WORD, '')

/** Words as the matcher reads them (other scripts through its normalisation) and as written, for safety. */
function words(name: string): string[] {
  const plain = nameTokens(name)
  return /[^\u0000-\u007f]/.test(name) ? [...new Set([...normaliseName(name).tokens, ...plain])] : plain
}

/** FNV-1a over a tag and s[from, to) leaving out positions `skip`, `skip2`, as a signed 32-bit integer. */
function hash(tag: number, s: string, from = 0, to = s.length, skip = -1, skip2 = -1): number {
  let h = Math.imul(0x811c9dc5 ^ tag, 0x01000193)
  for (let i = from; i < to; i++) {
    if (i === skip || i === skip2) continue
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

const hasDigit = (w: string): boolean => /\d/.test(w)

/** Keys of w and of w with one letter left out, under `tag`. */
function oneDeletion(tag: number, w: string, out: Set<number>): void {
  out.add(hash(tag, w))
  for (let k = 0; k < w.length; k++) out.add(hash(tag, w, 0, w.length, k))
}

/** Keys of w with two letters left out, under `tag`. */
function twoDeletions(tag: number, w: string, out: Set<number>): void {
  for (let i = 0; i < w.length; i++)
    for (let j = i + 1; j < w.length; j++) out.add(hash(tag, w, 0, w.length, i, j))
}

/**
 * The terms a counterparty's name is indexed by: its words, each two neighbours as "a b" (the matcher reads
 * them joined), or one empty term for a name without words. Counterparties share terms (first names,
 * surnames), so keys are stored per distinct term, not per counterparty.
 */
export function nameTerms(name: string): string[] {
  const ws = words(name)
  if (ws.length === 0) return ['']
  return [...new Set([...ws, ...ws.slice(0, -1).map((w, i) => `${w} ${ws[i + 1]}`)])]
}

/** The keys of one term of a counterparty's name. */
export function termKeys(term: string): number[] {
  if (term === '') return [ANY_KEY]
  const space = term.indexOf(' ')
  if (space >= 0) return [hash(WORD, term.slice(0, space) + term.slice(space + 1))]
  const out = new Set<number>()
  wordKeys(term, out)
  // The matcher reads a word with a legal form or "and" glued on as the word ("industriespvt").
  for (const w of gluedReadings(term)) wordKeys(w, out)
  // The matcher reads a long word as two listed words; either half being a listed word is enough here.
  if (term.length >= 5)
    for (let p = 2; p <= term.length - 2; p++) {
      out.add(hash(WORD, term, 0, p))
      out.add(hash(WORD, term, p))
    }
  return [...out]
}

/** The keys of one word of a counterparty's name as the matcher looks it up. */
function wordKeys(w: string, out: Set<number>): void {
  out.add(hash(WORD, w))
  out.add(hash(CANONICAL, canonicalSpelling(w)))
  if (w.length < MIN_DELETE_LENGTH - 1 || hasDigit(w)) return
  oneDeletion(DELETE, w, out)
  if (w.length >= MIN_PARTY_DOUBLE_DELETE_LENGTH) {
    oneDeletion(ENTRY_TWO, w, out)
    twoDeletions(PARTY_TWO, w, out)
  }
}

/** The keys asked for with the changed entries' names: a counterparty sharing none cannot match them. */
export function entryKeys(names: Iterable<string>): number[] {
  const out = new Set<number>([ANY_KEY])
  for (const name of names) {
    const ws = [...new Set([...words(name), ...normaliseName(name).tokens])]
    const joined = ws.slice(0, -1).map((w, i) => w + ws[i + 1])
    for (const w of [...ws, ...joined]) {
      out.add(hash(WORD, w))
      out.add(hash(CANONICAL, canonicalSpelling(w)))
      if (w.length < MIN_DELETE_LENGTH || hasDigit(w)) continue
      oneDeletion(DELETE, w, out)
      oneDeletion(PARTY_TWO, w, out)
      if (w.length >= MIN_DOUBLE_DELETE_LENGTH) {
        twoDeletions(ENTRY_TWO, w, out)
        twoDeletions(PARTY_TWO, w, out)
      }
    }
  }
  return [...out]
}
