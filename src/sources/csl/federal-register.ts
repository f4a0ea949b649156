import { clean } from '../common/text.js'

// "87 FR 20299", "65 F.R. 42664 7/11/00", "99  FR 9999", "68 F.R 38290": volume, "FR" with optional dots, page.
const CITATION = /(\d{1,3})\s*F\.?\s?R\.?\s*(\d{1,6})/g

/**
 * Federal Register citations normalised to "<volume> FR <page>". A notice with no recognisable citation
 * ("Vol. 66, No. 185, 09/24/2001") is kept verbatim rather than lost.
 */
export function parseFederalRegister(value: string | undefined): string[] {
  const text = clean(value)
  if (text === undefined) return []
  const found = [...text.matchAll(CITATION)].map((m) => `${m[1]} FR ${m[2]}`)
  return found.length > 0 ? [...new Set(found)] : [text]
}
