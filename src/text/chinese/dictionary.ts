import { CHINESE_GLOSSARY } from './glossary.js'
import listed from './listed-chinese-names.json' with { type: 'json' }
import { CHINESE_PLACES } from './places.js'

export interface ListedChineseName {
  brand: string
  latin: string
  full?: string
  listedAs?: string
  source: string
}

export const LISTED_CHINESE_NAMES: readonly ListedChineseName[] = listed.entries

/**
 * Every Chinese word the segmenter knows, with its Latin rendering: generic words, places, then brands, then
 * the registered names of listed entities with the English name the lists use (later tables win, so a brand
 * beats the glossary reading of its words and a registered name is read as the listed name).
 */
export const CHINESE_WORDS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(CHINESE_GLOSSARY),
  ...Object.entries(CHINESE_PLACES),
  ...LISTED_CHINESE_NAMES.map((e) => [e.brand, e.latin] as const),
  ...LISTED_CHINESE_NAMES.flatMap((e) =>
    e.full && e.listedAs ? [[e.full, e.listedAs.toLowerCase()] as const] : [],
  ),
])

export const LONGEST_WORD = Math.max(...[...CHINESE_WORDS.keys()].map((k) => k.length))
