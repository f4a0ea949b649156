/** Levenshtein similarity of two strings, 1 for equal, 0 for nothing in common (two-row dynamic programme). */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return 0
  let prev = Array.from({ length: m + 1 }, (_, j) => j)
  let cur = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
    }
    ;[prev, cur] = [cur, prev]
  }
  return 1 - prev[m]! / Math.max(n, m)
}
