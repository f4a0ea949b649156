import { createHash, randomFillSync } from 'node:crypto'
import type { ListCode } from './entity.js'

/** The stable entity id: list code and the list's own identifier. */
export const entityId = (list: ListCode, sourceId: string): string => `${list}:${sourceId}`

/**
 * For lists that publish no identifier (Entity List rows in the CSL JSON): a short hash of the list and the
 * name folded to letters and digits, so that a re-published row with the same name keeps the same id.
 */
export function derivedSourceId(list: ListCode, name: string, discriminator = ''): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
  return `h${createHash('sha256').update(`${list}|${folded}|${discriminator}`).digest('hex').slice(0, 12)}`
}

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex')

/**
 * Time-ordered, collision-resistant ids ("rec_" + 9 base36 time chars + 12 random hex) so that records
 * sort by creation in any store without a sequence.
 */
export function newId(prefix: string, now: number = Date.now()): string {
  return `${prefix}_${now.toString(36).padStart(9, '0')}${randomHex6()}`
}

// A call into the system's random source per id cost ~10 µs, as much as recording the rest of an answer:
// ids draw from a pool refilled from it 680 ids at a time.
const pool = Buffer.alloc(4080)
let used = pool.length

function randomHex6(): string {
  if (used + 6 > pool.length) {
    randomFillSync(pool)
    used = 0
  }
  used += 6
  return pool.toString('hex', used - 6, used)
}
