/** Folds a word the way the explanation's tokens are written: no accents, lower case. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

export interface Segment {
  text: string
  /** This word is one the scorer matched. */
  hit: boolean
}

/** Splits a name into words and the text between them, marking the words among `tokens`. */
export function highlightWords(text: string, tokens: ReadonlySet<string>): Segment[] {
  const out: Segment[] = []
  let last = 0
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index
    if (start > last) out.push({ text: text.slice(last, start), hit: false })
    out.push({ text: m[0], hit: tokens.has(fold(m[0])) })
    last = start + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false })
  return out
}

/** "0.93" → "93 %": scores read as percentages. */
export const percent = (x: number): string => `${Math.round(x * 100)} %`

export function signed(x: number): string {
  const rounded = Math.round(x * 100) / 100
  return rounded > 0 ? `+${rounded}` : String(rounded)
}
