import { PINYIN_SYLLABLES } from './pinyin-syllables.js'

/** One pinyin syllable ("er" stands alone): two different ones (cheng / chen, jin / jing) are different names. */
export const PINYIN_SYLLABLE =
  /^(?:er|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v))$/

/** The longest syllable: an initial of two letters and a final of four ("zhuang"). */
const LONGEST = 6

/**
 * Whether a token reads as joined pinyin syllables ("haixin", "mingde", "zhongxing"). Two such words a couple
 * of letters apart are usually other syllables, so other names (Haixin / Haitian), not typos of each other.
 * Only real syllables count, and one that starts with a vowel only at the start (pinyin writes "Xi'an" with an
 * apostrophe): "kasuhae", "hvwaei", "yengne" are not pinyin, so two typos in them are typos.
 */
export function isPinyinWord(token: string): boolean {
  const reach = new Uint8Array(token.length + 1)
  reach[0] = 1
  for (let i = 0; i < token.length; i++) {
    if (!reach[i] || (i > 0 && VOWELS.includes(token[i]!))) continue
    for (let n = 1; n <= LONGEST && i + n <= token.length; n++)
      if (PINYIN_SYLLABLES.has(token.slice(i, i + n))) reach[i + n] = 1
  }
  return reach[token.length] === 1
}

const VOWELS = 'aeiouv'
