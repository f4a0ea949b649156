import { describe, expect, it } from 'vitest'
import { type AuditEntry, entryHash, GENESIS_HASH, verifyChain } from './chain.js'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      seq,
      at: `2026-11-29T10:00:0${seq}Z`,
      actor: 'ana',
      action: 'alert.decided',
      subject: `a${seq}`,
      details: { reason: `r${seq}` },
      prevHash,
    }
    const e = { ...base, hash: entryHash(base) }
    out.push(e)
    prevHash = e.hash
  }
  return out
}

describe('verifyChain', () => {
  const genesis = { seq: 0, hash: GENESIS_HASH }

  it('accepts an intact chain', () => {
    expect(verifyChain(chain(5), genesis)).toMatchObject({ ok: true, entries: 5, lastSeq: 5 })
  })

  it('names an edited entry', () => {
    const c = chain(5)
    c[2] = { ...c[2]!, details: { reason: 'changed afterwards' } }
    expect(verifyChain(c, genesis)).toMatchObject({
      ok: false,
      firstBad: 3,
      problem: 'entry 3 was altered (its content does not match its hash)',
    })
  })

  it('names a deleted entry', () => {
    const c = chain(5)
    c.splice(1, 1)
    expect(verifyChain(c, genesis)).toMatchObject({ ok: false, firstBad: 2, problem: 'entry 2 is missing' })
  })

  it('names swapped entries, even when their seq numbers were swapped too', () => {
    const c = chain(5)
    ;[c[1], c[2]] = [c[2]!, c[1]!]
    expect(verifyChain(c, genesis)).toMatchObject({ ok: false, firstBad: 2 })
    const renumbered = chain(5)
    const a = renumbered[1]!
    const b = renumbered[2]!
    renumbered[1] = { ...b, seq: 2 }
    renumbered[2] = { ...a, seq: 3 }
    expect(verifyChain(renumbered, genesis)).toMatchObject({ ok: false, firstBad: 2 })
  })

  it('verifies a pruned chain from its anchor, and only from it', () => {
    const c = chain(6)
    const anchor = { seq: 3, hash: c[2]!.hash }
    expect(verifyChain(c.slice(3), anchor)).toMatchObject({ ok: true, entries: 3, lastSeq: 6 })
    expect(verifyChain(c.slice(4), anchor)).toMatchObject({ ok: false, firstBad: 4 })
  })
})
