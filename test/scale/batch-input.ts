import { LISTED_NAMES } from './lists.js'

const COUNTRIES = ['FR', 'DE', 'GB', 'NL', 'SE', 'IT', 'ES']

/** Whether row i is a bad row (empty name), a planted listed name, or a clear customer. */
export function rowKind(i: number): 'bad' | 'listed' | 'clear' {
  if (i % 1000 === 999) return 'bad'
  return i % 200 === 7 ? 'listed' : 'clear'
}

/** The listed name and country planted at row i: 336 distinct subjects, repeated across chunks. */
export function planted(i: number): { name: string; country: string } {
  const k = Math.floor(i / 200)
  return { name: LISTED_NAMES[k % LISTED_NAMES.length]!, country: COUNTRIES[k % COUNTRIES.length]! }
}

/** A JSONL batch of `rows` customers with ids r0, r1, …: mostly clear, one in 200 listed, one in 1000 bad. */
export function batchJsonl(rows: number): string {
  const lines: string[] = []
  for (let i = 0; i < rows; i++) {
    const kind = rowKind(i)
    const row =
      kind === 'bad'
        ? { id: `r${i}`, name: '' }
        : kind === 'listed'
          ? { id: `r${i}`, ...planted(i) }
          : { id: `r${i}`, name: `Customer Number ${i} Limited` }
    lines.push(JSON.stringify(row))
  }
  return `${lines.join('\n')}\n`
}
