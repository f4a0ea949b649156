/**
 * OFAC writes individuals "LAST, First"; people search "First Last". The listed spelling stays the primary
 * name and this natural order becomes an alias. Only a single comma is read as the surname separator.
 */
export function naturalOrder(name: string): string | undefined {
  const m = name.match(/^([^,]+),\s*([^,]+)$/)
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : undefined
}
