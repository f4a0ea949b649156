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
  if (/\d/.test(token) || token.length < 3) return token
  let s = token
  for (const [re, to] of RULES) s = s.replace(re, to)
  return s.replace(/(.)\1+/g, '$1')
}

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|chtch|schtsch|sch(?=[^aeiouy]|$)/g, 'sh'],
  [/tsch|tch/g, 'ch'],
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

/** The consonant skeleton of a canonical spelling: first letter kept, vowels dropped. For candidate keys. */
export function skeleton(canonical: string): string {
  if (canonical.length < 3 || /\d/.test(canonical)) return canonical
  return canonical[0] + canonical.slice(1).replace(/[aeiou]/g, '')
}
