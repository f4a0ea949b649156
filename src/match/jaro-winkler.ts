/** Flags reused across calls: the matcher compares short tokens many thousand times per query. */
let aFlags = new Uint8Array(64)
let bFlags = new Uint8Array(64)

/**
 * Jaro-Winkler similarity (0..1) with the usual prefix scale 0.1 over at most four characters. Written for
 * tokens: no allocation per call once the flag buffers have grown to the longest token.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const la = a.length
  const lb = b.length
  if (la === 0 || lb === 0) return 0
  if (la > aFlags.length || lb > bFlags.length) {
    aFlags = new Uint8Array(Math.max(la, lb) * 2)
    bFlags = new Uint8Array(Math.max(la, lb) * 2)
  }
  aFlags.fill(0, 0, la)
  bFlags.fill(0, 0, lb)
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1)
  let m = 0
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range)
    const hi = Math.min(lb, i + range + 1)
    const c = a.charCodeAt(i)
    for (let j = lo; j < hi; j++) {
      if (bFlags[j] === 0 && b.charCodeAt(j) === c) {
        aFlags[i] = 1
        bFlags[j] = 1
        m++
        break
      }
    }
  }
  if (m === 0) return 0
  let t = 0
  for (let i = 0, k = 0; i < la; i++) {
    if (aFlags[i] === 0) continue
    while (bFlags[k] === 0) k++
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++
    k++
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3
  let p = 0
  const maxP = Math.min(4, la, lb)
  while (p < maxP && a.charCodeAt(p) === b.charCodeAt(p)) p++
  return jaro + p * 0.1 * (1 - jaro)
}
