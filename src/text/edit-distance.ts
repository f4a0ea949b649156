let prev2 = new Int32Array(64)
let prev = new Int32Array(64)
let cur = new Int32Array(64)

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: "Antno" / "Anton" is one edit),
 * stopping early once every path exceeds `max`; returns at most max + 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > max) return max + 1
  if (lb + 1 > cur.length) {
    prev2 = new Int32Array(lb * 2 + 2)
    prev = new Int32Array(lb * 2 + 2)
    cur = new Int32Array(lb * 2 + 2)
  }
  for (let j = 0; j <= lb; j++) prev[j] = j
  for (let i = 1; i <= la; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1)
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1))
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, prev2[j - 2]! + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    const t = prev2
    prev2 = prev
    prev = cur
    cur = t
  }
  return Math.min(prev[lb]!, max + 1)
}
