import type { Relation } from '../model/entity.js'
import type { ControlLink, OwnershipEdge } from './types.js'

/** Partial dates widen to the whole period: a start of "2015" means from 2015-01-01, an end of "2023" to 2023-12-31. */
export function startOf(date: string | undefined): string | undefined {
  if (!date) return undefined
  if (/^\d{4}$/.test(date)) return `${date}-01-01`
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`
  return date.slice(0, 10)
}

export function endOf(date: string | undefined): string | undefined {
  if (!date) return undefined
  if (/^\d{4}$/.test(date)) return `${date}-12-31`
  const m = /^(\d{4})-(\d{2})$/.exec(date)
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()
    return `${date}-${String(last).padStart(2, '0')}`
  }
  return date.slice(0, 10)
}

/**
 * Engine relations (the readers map FtM Ownership to kind "ownership", Directorship to "directorship") as
 * ownership edges and control links. Other kinds (family, affiliate) are neither and are left out.
 */
export function edgesFromRelations(relations: Iterable<Relation>): {
  edges: OwnershipEdge[]
  controls: ControlLink[]
} {
  const edges: OwnershipEdge[] = []
  const controls: ControlLink[] = []
  for (const r of relations) {
    const startDate = startOf(r.startDate)
    const endDate = endOf(r.endDate)
    const dated = { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) }
    const source = r.sourceId ? { source: r.sourceId } : {}
    if (r.kind === 'ownership') {
      edges.push({
        owner: r.from,
        owned: r.to,
        ...(r.percent === undefined ? {} : { percent: r.percent }),
        ...dated,
        ...source,
      })
    } else if (r.kind === 'directorship') {
      controls.push({
        controller: r.from,
        controlled: r.to,
        ...(r.role ? { role: r.role } : {}),
        ...dated,
        ...source,
      })
    }
  }
  return { edges, controls }
}
