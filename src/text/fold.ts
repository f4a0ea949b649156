import anyAscii from 'any-ascii'

/**
 * Folds text to lower-case ASCII for comparison: NFKC (full-width, ligatures), look-alike letters of other
 * scripts inside Latin words, marks stripped, special letters spelled out, then any-ascii for the rest
 * (Cyrillic, Greek, Arabic ... romanised). Han characters are left to the Chinese layer: call it first.
 */
export function foldText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase()
  const nfkc = text.normalize('NFKC')
  const unconfused = nfkc.replace(WORD, (w) => (LATIN.test(w) && MIXED.test(w) ? unconfuse(w) : w))
  return anyAscii(unconfused).toLowerCase()
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const WORD = /[\p{L}\p{M}]+/gu
const LATIN = /\p{Script=Latin}/u
const MIXED = /[\p{Script=Cyrillic}\p{Script=Greek}]/u

/** Cyrillic and Greek letters that look like Latin ones, as found in spoofed or mis-keyed names. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
}

function unconfuse(word: string): string {
  let out = ''
  for (const ch of word) {
    const lower = ch.toLowerCase()
    const mapped = LOOK_ALIKES[lower]
    out += mapped === undefined ? ch : lower === ch ? mapped : mapped.toUpperCase()
  }
  return out
}
