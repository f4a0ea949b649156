import { NAME_VARIANTS } from './name-variants.js'

/**
 * A canonical spelling of one token, so that romanisations of the same name meet: the variant table first
 * (Mohammed -> muhammad), then rules that fold the differences between romanisation systems of Cyrillic
 * (BGN/PCGN, French, German, scholarly: Sergei / Serguei / Sergej), Arabic-origin names (kh/h, q/k, ou/u)
 * and English spelling (ph/f, doubled letters). Tokens with digits are returned unchanged.
 */
export function canonicalSpelling(token: string): string {
  const variant = NAME_VARIANTS.get(token)
  if (variant !== undefined) return variant
  if (token.length < 3 || /\d/.test(token)) return token
  let s = memo.get(token)
  if (s === undefined) {
    s = token
    for (const [re, to] of RULES) s = s.replace(re, to)
    s = s.replace(/(.)\1+/g, '$1')
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(token, s)
  }
  return s
}

/** Names repeat the same words: the rules run once per distinct word (a bounded cache, not state). */
const memo = new Map<string, string>()
const MEMO_LIMIT = 200_000

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|chtch|schtsch|sch(?=[^aeiouy]|$)/g, 'sh'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/tz/g, 'ts'],
  [/w/g, 'v'],
  [/gu(?=[ei])/g, 'g'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/^ye/, 'e'],
  [/([aeiou])j(?=[^aeiou]|$)/g, '$1y'],
  [/^j(?=[aeiou])/, 'y'],
  [/iy$|ii$|ij$|yi$|yy$/, 'i'],
  [/y/g, 'i'],
  [/ei|ai|ay|ey/g, 'ai'],
  [/ie/g, 'e'],
  [/c(?=[aou]|$)/g, 'k'],
  [/e$/, ''],
]
