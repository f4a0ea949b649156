import { normaliseName } from '../text/normalise-name.js'
import { canonicalSpelling } from '../text/spelling.js'
import { nameTokens } from './name-key.js'

/**
 * The first cut of delta screening: a counterparty can only match a changed entry if one of its words meets
 * one of the entry's words the way the matcher finds candidates (match/candidates.ts): the same word, the same
 * canonical spelling (Youssef / Yusuf), one edit apart (symmetric one-deletion keys, words of four letters or
 * more), two edits apart (two-deletion keys, words of six letters or more), a word that is two of the entry's words written as one, or two neighbouring words written as one of
 * the entry's. Checking that costs a few microseconds a name, a tenth of a search, so most counterparties of
 * a small change are passed over without one. Anything the cut lets through is searched for real.
 */
const MIN_DELETE_LENGTH = 4
const MIN_DOUBLE_DELETE_LENGTH = 6

/** Words as the matcher reads them (other scripts through its normalisation) and as written, for safety. */
function words(name: string): string[] {
  const plain = nameTokens(name)
  return /[^\u0000-\u007f]/.test(name) ? [...new Set([...normaliseName(name).tokens, ...plain])] : plain
}

/** FNV-1a over s[from, to) leaving out positions `skip`, `skip2`: deletion and split keys without building strings. */
function hash(s: string, from = 0, to = s.length, skip = -1, skip2 = -1): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    if (i === skip || i === skip2) continue
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const deletable = (w: string): boolean => w.length >= MIN_DELETE_LENGTH - 1 && !/\d/.test(w)

/** The keys of the changed entries' names, kept apart by kind; a hash collision only lets a name through. */
export interface EntryKeys {
  words: Set<number>
  canonical: Set<string>
  deletes: Set<number>
  /** Keys with two letters left out, of words of six letters or more. */
  deletes2: Set<number>
}

/** Keys of w with two letters left out. */
function doubleDeletions(w: string): number[] {
  const keys: number[] = []
  for (let i = 0; i < w.length; i++)
    for (let j = i + 1; j < w.length; j++) keys.push(hash(w, 0, w.length, i, j))
  return keys
}

/** Keys of the changed entries' names: words, canonical spellings, deletion keys, neighbours joined. */
export function entryKeys(names: Iterable<string>): EntryKeys {
  const keys: EntryKeys = { words: new Set(), canonical: new Set(), deletes: new Set(), deletes2: new Set() }
  for (const name of names) {
    const ws = [...new Set([...words(name), ...normaliseName(name).tokens])]
    const joined = ws.slice(0, -1).map((w, i) => w + ws[i + 1])
    for (const w of [...ws, ...joined]) {
      keys.words.add(hash(w))
      keys.canonical.add(canonicalSpelling(w))
      if (w.length < MIN_DELETE_LENGTH || /\d/.test(w)) continue
      keys.deletes.add(hash(w))
      for (let k = 0; k < w.length; k++) keys.deletes.add(hash(w, 0, w.length, k))
      if (w.length >= MIN_DOUBLE_DELETE_LENGTH) for (const k of doubleDeletions(w)) keys.deletes2.add(k)
    }
  }
  return keys
}

/** Whether a counterparty name could reach an entry with these keys; a name without words always passes. */
export function mayMeet(name: string, keys: EntryKeys): boolean {
  const ws = words(name)
  if (ws.length === 0) return true
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    const whole = hash(w)
    if (keys.words.has(whole) || keys.canonical.has(canonicalSpelling(w))) return true
    if (i + 1 < ws.length && keys.words.has(hash(w + ws[i + 1]))) return true
    if (!deletable(w)) continue
    if (keys.deletes.has(whole)) return true
    for (let k = 0; k < w.length; k++) if (keys.deletes.has(hash(w, 0, w.length, k))) return true
    if (w.length >= MIN_DOUBLE_DELETE_LENGTH && meetsTwoEditsAway(w, whole, keys)) return true
    // The matcher reads a long word as two listed words; either half being a listed word is enough here.
    if (w.length >= 5)
      for (let p = 2; p <= w.length - 2; p++)
        if (keys.words.has(hash(w, 0, p)) || keys.words.has(hash(w, p))) return true
  }
  return false
}

/** Up to two letters left out on each side meet (the matcher's two-typo lookup, words of six letters or more). */
function meetsTwoEditsAway(w: string, whole: number, keys: EntryKeys): boolean {
  if (keys.deletes2.has(whole)) return true
  for (let k = 0; k < w.length; k++) if (keys.deletes2.has(hash(w, 0, w.length, k))) return true
  for (const k of doubleDeletions(w)) if (keys.deletes.has(k) || keys.deletes2.has(k)) return true
  return false
}
