/** An Entity List row naming a sub-unit of another listed party. */
export interface AffiliateName {
  parent: string
  child: string
  /** How the list phrased it, used as the relation role. */
  role: string
}

// Every phrasing seen in the 2022 CSV and 2026 JSON (EL rows):
//   "Huawei Technologies Co., Ltd. (Huawei). Affiliated Entity: Beijing Huawei Longshine ..." (1 or 2 spaces)
//   "China Electronics Technology Group Corporation 13th Research Institute (CETC 13). Subordinate Institution - MT Microsystems"
//   "Pakistan Atomic Energy Commission (PAEC), and subordinate entity National Development Complex (NDC)"
// Parenthetical parents ("X (a subordinate institute of CETC-7)") are left as they are: the parent is not
// spelled as a listed name there.
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(.+?)\.\s+Affiliated Entity:\s*(.+)$/i, 'affiliated entity'],
  [/^(.+?)\.\s+Subordinate Institution\s*[-–:]\s*(.+)$/i, 'subordinate institution'],
  [/^(.+?),\s+and subordinate entity\s+(.+)$/i, 'subordinate entity'],
]

export function splitAffiliate(name: string): AffiliateName | undefined {
  for (const [pattern, role] of PATTERNS) {
    const m = name.match(pattern)
    const parent = m?.[1]?.trim()
    const child = m?.[2]?.trim()
    if (parent && child) return { parent, child, role }
  }
  return undefined
}
