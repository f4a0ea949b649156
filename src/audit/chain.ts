import { sha256Hex } from '../model/ids.js'
import { canonicalJson } from './canonical-json.js'

/** What an audit entry says, before it is chained. */
export interface AuditEvent {
  /** Who: an API key name, an OS user, "system". */
  actor: string
  /** What happened, dotted: "alert.decided", "allow.created", "key.revoked", "list.activated", "audit.pruned". */
  action: string
  /** What it happened to: an alert id, a rule id, a list version id. */
  subject: string
  details: Record<string, unknown>
}

export interface AuditEntry extends AuditEvent {
  seq: number
  /** ISO date-time */
  at: string
  prevHash: string
  hash: string
}

/** The hash before the first entry of a chain that was never pruned. */
export const GENESIS_HASH = '0'.repeat(64)

/** Each entry's hash covers its position, time, content and the previous hash: edit one and the chain breaks. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, subject, details, prevHash } = entry
  return sha256Hex(canonicalJson({ seq, at, actor, action, subject, details, prevHash }))
}

/** Where verification starts: the genesis, or the last entry removed by retention pruning. */
export interface ChainAnchor {
  /** seq of the last pruned entry (0 for the genesis) */
  seq: number
  hash: string
}

export type VerifyResult =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; firstBad: number; problem: string }

/** Checks order, continuity and every hash; names the first entry that is not what the chain says. */
export function verifyChain(entries: Iterable<AuditEntry>, anchor: ChainAnchor): VerifyResult {
  const verifier = new ChainVerifier(anchor)
  for (const e of entries) {
    const failure = verifier.add(e)
    if (failure) return failure
  }
  return verifier.result()
}

/** Entry-by-entry verification, for chains too long to hold in memory. */
export class ChainVerifier {
  #expectedSeq: number
  #prevHash: string
  #count = 0

  constructor(anchor: ChainAnchor) {
    this.#expectedSeq = anchor.seq + 1
    this.#prevHash = anchor.hash
  }

  /** Returns the failure at this entry, or undefined when it is in order. */
  add(e: AuditEntry): VerifyResult | undefined {
    this.#count++
    const fail = (firstBad: number, problem: string): VerifyResult => ({
      ok: false,
      entries: this.#count,
      firstBad,
      problem,
    })
    if (e.seq !== this.#expectedSeq) {
      const expected = this.#expectedSeq
      return fail(
        expected,
        e.seq > expected ? `entry ${expected} is missing` : `entry ${e.seq} is out of order`,
      )
    }
    if (e.prevHash !== this.#prevHash) {
      return fail(e.seq, `entry ${e.seq} does not follow entry ${e.seq - 1} (previous hash differs)`)
    }
    if (entryHash(e) !== e.hash)
      return fail(e.seq, `entry ${e.seq} was altered (its content does not match its hash)`)
    this.#prevHash = e.hash
    this.#expectedSeq++
    return undefined
  }

  result(): VerifyResult {
    return { ok: true, entries: this.#count, lastSeq: this.#expectedSeq - 1, lastHash: this.#prevHash }
  }
}
