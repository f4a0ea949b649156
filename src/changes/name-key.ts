import anyAscii from 'any-ascii'

/**
 * Name keys that survive cosmetic edits between list versions: case, punctuation, accents, spacing, script
 * (transliterated to ASCII) and legal-form words ("Co., Ltd." vs "Company Limited") do not change the key.
 */

const LEGAL_FORMS = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'srl',
  'bv',
  'nv',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'ao',
  'pvt',
  'pte',
  'fze',
  'fzco',
  'fzc',
  'the',
  'of',
  'and',
])

/** Lower-case ASCII words of a name, in order, legal forms kept. */
export function nameWords(name: string): string[] {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
}

/** The words that identify a party: legal forms and fillers dropped (unless nothing else is left). */
export function nameTokens(name: string): string[] {
  const words = nameWords(name)
  const kept = words.filter((w) => !LEGAL_FORMS.has(w))
  return kept.length > 0 ? kept : words
}

/** One string per party name; equal keys mean the names differ only cosmetically. */
export const nameKey = (name: string): string => nameTokens(name).join(' ')

/** Word order ignored too ("PETROV, Ivan" and "Ivan PETROV"). */
export const sortedNameKey = (name: string): string => [...nameTokens(name)].sort().join(' ')

/** For comparing any text field: case, punctuation and spacing ignored. */
export const foldText = (value: string): string => nameWords(value).join(' ')
