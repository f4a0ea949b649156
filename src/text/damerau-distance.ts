let cells = new Int32Array(32 * 32)
/** Row (1-based) where each character code last occurred in `a`; reset after every call. */
const lastRow = new Int32Array(65536)

/**
 * Damerau-Levenshtein distance without the restriction of optimal string alignment: a transposition may have
 * letters inserted between its two ("abujdllah" / "abdullah", "oluets" / "outlets": two typos, three edits for
 * editDistance). Stops early once every path exceeds `max`; returns at most max + 1. Slower than
 * editDistance: call it only where the two differ, on words editDistance puts beyond a budget of two or more.
 */
export function damerauDistance(a: string, b: string, max: number): number {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > max) return max + 1
  const w = lb + 2
  if ((la + 2) * w > cells.length) cells = new Int32Array((la + 2) * w * 2)
  const d = cells
  const inf = la + lb + 1
  // d[(i + 1) * w + j + 1] is the distance between a's first i letters and b's first j; row and column 0 are a wall.
  d[0] = inf
  for (let i = 0; i <= la; i++) {
    d[(i + 1) * w] = inf
    d[(i + 1) * w + 1] = i
  }
  for (let j = 0; j <= lb; j++) {
    d[j + 1] = inf
    d[w + j + 1] = j
  }
  let result = max + 1
  let i = 1
  for (; i <= la; i++) {
    const ca = a.charCodeAt(i - 1)
    let lastColumn = 0
    let rowMin = inf
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1)
      const i1 = lastRow[cb]!
      const j1 = lastColumn
      const same = ca === cb
      if (same) lastColumn = j
      const v = Math.min(
        d[i * w + j]! + (same ? 0 : 1),
        d[(i + 1) * w + j]! + 1,
        d[i * w + j + 1]! + 1,
        d[i1 * w + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      )
      d[(i + 1) * w + j + 1] = v
      if (v < rowMin) rowMin = v
    }
    lastRow[ca] = i
    if (rowMin > max) break
  }
  if (i > la) result = Math.min(d[(la + 1) * w + lb + 1]!, max + 1)
  for (let k = 0; k < la; k++) lastRow[a.charCodeAt(k)] = 0
  return result
}
