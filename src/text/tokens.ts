/** Words that carry no identity in a name; dropped everywhere. */
const FUNCTION_WORDS = new Set(['and', 'the', 'of', 'und', 'et'])

/** "13th", "2nd", "1st" read as their number, so that "13th Research Institute" meets "No. 13 Research Institute". */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/
/** "Second Academy" = "2nd Academy" = 第二研究院 ("first" is left alone: "First National Bank"). */
const ORDINAL_WORDS: ReadonlyMap<string, string> = new Map(
  ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [
    w,
    String(i + 2),
  ]),
)

/**
 * Splits folded text into tokens: letters and digits, possessive 's dropped ("academy's" -> "academy"),
 * apostrophes dropped inside words ("o'brien" -> "obrien"), every other character a separator ("al-qaida" -> "al qaida", "g.m." -> "g m"), function words
 * and the number signs "no"/"nr" before a number dropped ("plant no. 2" -> "plant 2").
 */
export function tokenize(folded: string): string[] {
  const raw = folded
    .replace(/(\p{L})['’`ʼ]s\b/gu, '$1')
    .replace(/(\p{L})['’`ʼ](\p{L})/gu, '$1$2')
    .split(/[^a-z0-9]+/)
  const out: string[] = []
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!
    if (t.length === 0 || FUNCTION_WORDS.has(t)) continue
    if ((t === 'no' || t === 'nr' || t === 'num') && /^\d/.test(nextNonEmpty(raw, i) ?? '')) continue
    out.push(ORDINAL.test(t) ? t.replace(ORDINAL, '$1') : (ORDINAL_WORDS.get(t) ?? t))
  }
  return out
}

function nextNonEmpty(raw: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < raw.length; j++) if (raw[j]) return raw[j]
  return undefined
}

export const isNumberToken = (t: string): boolean => /\d/.test(t)
