import type { Script } from '../model/entity.js'

const RANGES: ReadonlyArray<readonly [Script, RegExp]> = [
  ['Hani', /\p{Script=Han}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
]

const LATIN = /\p{Script=Latin}/u

/** The dominant non-Latin script of a string, else Latin; "Other" for letters of any other script. */
export function detectScript(text: string): Script {
  for (const [script, re] of RANGES) if (re.test(text)) return script
  if (LATIN.test(text) || !/\p{L}/u.test(text)) return 'Latn'
  return 'Other'
}
