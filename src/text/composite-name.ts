/**
 * Entity List rows that name a unit of another listed party in one string:
 *   "Huawei Technologies Co., Ltd. (Huawei). Affiliated Entity: Nanchang Huawei Communication Technology"
 *   "China Electronics Technology Group Corporation 13th Research Institute (CETC 13). Subordinate Institution - X"
 *   "Pakistan Atomic Energy Commission (PAEC), and subordinate entity National Institute of Lasers and Optronics"
 * The readers list the unit under its own name; a query written the list's way is also searched as the unit.
 */
const PHRASINGS: readonly RegExp[] = [
  /^(.+?)\.\s+Affiliated Entity:\s*(.+)$/i,
  /^(.+?)\.?\s+(?:Sub\w*\s+)?Ins\w*tu\w*\s*[-–:]\s*(.+)$/i,
  /^(.+?)\.?\s+Subordinate Institution\s*[-–:]?\s*(.+)$/i,
  /^(.+?),?\s+and subordinate entity\s+(.+)$/i,
]

export function splitCompositeName(name: string): { parent: string; unit: string } | undefined {
  for (const re of PHRASINGS) {
    const m = re.exec(name)
    if (m?.[1]?.trim() && m[2]?.trim()) return { parent: m[1].trim(), unit: m[2].trim() }
  }
  return undefined
}
