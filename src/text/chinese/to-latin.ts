import { pinyin } from 'pinyin-pro'
import { CHINESE_WORDS, LONGEST_WORD } from './dictionary.js'
import { ordinalsToDigits } from './numerals.js'

const HAN_RUN = /[\p{Script=Han}]+/gu
const HAN = /\p{Script=Han}/u

export const hasHan = (text: string): boolean => HAN.test(text)

/**
 * Rewrites the Chinese characters of a name in Latin letters the way the lists spell such names: known words
 * (longest first) by their English or conventional spelling, every other run of characters as one joined
 * pinyin word; ordinals as numbers. 浙江大华电子股份有限公司 -> "zhejiang dahua electronics joint stock co ltd";
 * 哈尔滨工程大学 -> "harbin engineering university"; 第十三研究所 -> "13 research institute". Other characters
 * pass through unchanged.
 */
export function chineseToLatin(text: string): string {
  return ordinalsToDigits(text)
    .replace(HAN_RUN, (run) => ` ${segmentRun(run)} `)
    .replace(/\s+/g, ' ')
    .trim()
}

function segmentRun(run: string): string {
  const chars = [...run]
  const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true })
  const out: string[] = []
  let residue = ''
  for (let i = 0; i < chars.length; ) {
    const hit = longestWordAt(chars, i)
    if (hit) {
      if (residue) out.push(residue)
      residue = ''
      if (hit.latin) out.push(hit.latin)
      i += hit.length
    } else {
      residue += (syllables[i] ?? chars[i]!).toLowerCase()
      i++
    }
  }
  if (residue) out.push(residue)
  return out.join(' ')
}

function longestWordAt(chars: readonly string[], i: number): { length: number; latin: string } | undefined {
  for (let len = Math.min(LONGEST_WORD, chars.length - i); len >= 1; len--) {
    const latin = CHINESE_WORDS.get(chars.slice(i, i + len).join(''))
    if (latin !== undefined) return { length: len, latin }
  }
  return undefined
}
