import type { ScreenQuery } from '../match/types.js'

/**
 * A saved counterparty is known by its id; an ad-hoc query by its folded name, country and birth date, so
 * that the same party screened again finds its open alert and its allow rules.
 */
export function subjectKey(query: ScreenQuery, counterpartyId?: string): string {
  if (counterpartyId) return `cp:${counterpartyId}`
  const name = query.name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return `q:${name}|${query.country ?? ''}|${query.dob ?? ''}`
}
