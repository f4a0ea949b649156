import { NAME_VARIANTS } from '../src/text/name-variants.js'

/** A seeded generator (mulberry32), so the sets are rebuilt identically. */
export { mulberry32 as rng } from '../test/support/prng.js'

export type Rand = () => number
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One keyboard-style typo in a word of four letters or more: insert, delete, substitute or transpose. */
export function typo(r: Rand, name: string): string {
  const words = name.split(' ')
  const idx = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}/.test(w))
  if (idx.length === 0) return name
  const [w, i] = pick(r, idx)
  const p = 1 + Math.floor(r() * (w.length - 2))
  const c = pick(r, [...LETTERS])
  const op = Math.floor(r() * 4)
  const out =
    op === 0
      ? w.slice(0, p) + c + w.slice(p)
      : op === 1
        ? w.slice(0, p) + w.slice(p + 1)
        : op === 2
          ? w.slice(0, p) + c + w.slice(p + 1)
          : w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2)
  words[i] = out
  return words.join(' ')
}

const LEGAL_SWAPS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bCo\.,? Ltd\.?$/i, ['Company Limited', 'Co Ltd', 'Co., Limited', '']],
  [/\bCompany Limited$/i, ['Co., Ltd.', 'Ltd', '']],
  [/\bLimited$/i, ['Ltd.', 'Ltd', '']],
  [/\bLtd\.?$/i, ['Limited', '']],
  [/\bLLC$/i, ['L.L.C.', 'Limited Liability Company', '']],
  [/^OOO\b/i, ['LLC', 'Limited Liability Company', '']],
  [/\bOOO$/i, ['LLC', '']],
  [/^(Joint Stock Company|JSC|AO)\b/i, ['JSC', 'AO', 'Joint-Stock Company', '']],
  [/\bInc\.?$/i, ['Incorporated', 'Corp.', '']],
  [/\bCorporation$/i, ['Corp.', 'Co.', '']],
  [/\bGmbH$/i, ['G.m.b.H.', 'mbH', '']],
  [/\bFZE$/i, ['F.Z.E.', 'FZ LLC', '']],
]

/** Swaps or drops the legal form; undefined when the name has none that is known. */
export function legal(r: Rand, name: string): string | undefined {
  for (const [re, alts] of LEGAL_SWAPS) {
    if (re.test(name))
      return name
        .replace(re, pick(r, alts))
        .replace(/\s+/g, ' ')
        .replace(/[\s,]+$/, '')
        .trim()
  }
  return undefined
}

/** Drops one word that is not the first (names of three words or more). */
export function drop(r: Rand, name: string): string | undefined {
  const words = name.split(' ')
  if (words.length < 3) return undefined
  const i = 1 + Math.floor(r() * (words.length - 1))
  return words.filter((_, k) => k !== i).join(' ')
}

/** Removes one space, or splits one long word in two. */
export function spacing(r: Rand, name: string): string {
  const words = name.split(' ')
  if (words.length > 1 && r() < 0.6) {
    const i = Math.floor(r() * (words.length - 1))
    return [...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' ')
  }
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 8)
  if (long.length === 0) return name.replace(/-/g, ' ')
  const [w, i] = pick(r, long)
  const p = 3 + Math.floor(r() * (w.length - 5))
  words[i] = `${w.slice(0, p)} ${w.slice(p)}`
  return words.join(' ')
}

/** "LAST, First Middle" -> "First Middle LAST" or another order of the words. */
export function reorder(r: Rand, name: string): string {
  const comma = name.indexOf(',')
  if (comma > 0) return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`
  const words = name.split(' ')
  if (words.length < 2) return name
  return r() < 0.5
    ? [...words.slice(1), words[0]!].join(' ')
    : [words.at(-1)!, ...words.slice(0, -1)].join(' ')
}

const GROUPS = new Map<string, string[]>()
for (const [v, head] of NAME_VARIANTS) GROUPS.set(head, [...(GROUPS.get(head) ?? []), v])
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/y$/i, 'i'],
  [/ei/i, 'ey'],
  [/ks/i, 'x'],
  [/ou/i, 'u'],
  [/kh/i, 'h'],
  [/iy/i, 'ii'],
  [/ev$/i, 'eff'],
  [/u/i, 'ou'],
]

/** Another romanisation of one word: a listed variant spelling, else a romanisation rule. */
export function translit(r: Rand, name: string): string | undefined {
  const words = name.split(/(\s+|,\s*)/)
  const order = words.map((_, i) => i).sort(() => r() - 0.5)
  for (const i of order) {
    const w = words[i]!
    const lower = w.toLowerCase()
    const group = GROUPS.get(NAME_VARIANTS.get(lower) ?? '')
    if (group && group.length > 1) {
      const alt = pick(
        r,
        group.filter((g) => g !== lower),
      )
      words[i] = w === w.toUpperCase() ? alt.toUpperCase() : alt[0]!.toUpperCase() + alt.slice(1)
      return words.join('')
    }
  }
  for (const i of order) {
    const w = words[i]!
    if (w.length < 4) continue
    for (const [re, to] of RULES) {
      if (re.test(w)) {
        words[i] = w.replace(re, w === w.toUpperCase() ? to.toUpperCase() : to)
        return words.join('')
      }
    }
  }
  return undefined
}

/** Middle names written as initials: "Stanislav Aleksandrovich NAUMOV" -> "Stanislav A. NAUMOV". */
export function initials(name: string): string | undefined {
  const words = name.replace(',', '').split(' ')
  if (words.length < 3) return undefined
  return [words[0]!, ...words.slice(1, -1).map((w) => `${w[0]}.`), words.at(-1)!].join(' ')
}
