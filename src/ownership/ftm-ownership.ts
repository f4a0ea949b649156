import type { Relation } from '../model/entity.js'

/** A party of an FtM file as far as ownership needs it: id, display name and the datasets that list it. */
export interface FtmParty {
  id: string
  name: string
  /** Every name value, for lookup by any of them. */
  aliases: string[]
  datasets: string[]
}

export interface FtmOwnership {
  parties: FtmParty[]
  relations: Relation[]
  issues: { where: string; message: string }[]
}

const LINK_PROPS: Record<string, readonly [Relation['kind'], string, string, string]> = {
  Ownership: ['ownership', 'owner', 'asset', 'role'],
  Directorship: ['directorship', 'director', 'organization', 'role'],
}
const PARTIES = new Set(['Person', 'Company', 'Organization', 'LegalEntity', 'PublicBody'])

/** Ids as the readers' FtM reader spells them ("FTM:<id>"), so its relations can replace this adapter's. */
export const ftmKey = (id: string): string => `FTM:${id}`

type Props = Record<string, unknown>
const first = (props: Props, key: string): string | undefined => {
  const v = props[key]
  return Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined
}

/**
 * FollowTheMoney JSON lines -> ownership relations and the parties they join. Interim: the readers' FtM
 * reader does the same inside Dataset.relations; this keeps only what ownership needs, and keeps a share
 * outside 0..100 so the graph can report it rather than drop it.
 */
export function parseFtmOwnership(text: string, file: string): FtmOwnership {
  const out: FtmOwnership = { parties: [], relations: [], issues: [] }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!line.trim()) continue
    const where = `${file}:${i + 1}`
    let record: {
      id?: unknown
      schema?: unknown
      caption?: unknown
      properties?: unknown
      datasets?: unknown
    }
    try {
      record = JSON.parse(line)
    } catch {
      out.issues.push({ where, message: 'not a JSON object' })
      continue
    }
    const props = (record.properties ?? {}) as Props
    const id = typeof record.id === 'string' ? record.id : undefined
    const schema = String(record.schema ?? '')
    if (!id) {
      out.issues.push({ where, message: 'record without id' })
      continue
    }
    if (PARTIES.has(schema)) {
      const name = typeof record.caption === 'string' ? record.caption : (first(props, 'name') ?? id)
      const datasets = Array.isArray(record.datasets)
        ? record.datasets.filter((d) => typeof d === 'string')
        : []
      const aliases = Array.isArray(props.name) ? props.name.filter((n) => typeof n === 'string') : []
      out.parties.push({ id: ftmKey(id), name, aliases, datasets })
      continue
    }
    const link = LINK_PROPS[schema]
    if (!link) continue
    const [kind, fromProp, toProp, roleProp] = link
    const from = first(props, fromProp)
    const to = first(props, toProp)
    if (!from || !to) {
      out.issues.push({ where, message: `${schema} ${id} lacks ${fromProp} or ${toProp}` })
      continue
    }
    const relation: Relation = { kind, from: ftmKey(from), to: ftmKey(to), sourceId: id }
    const pct = first(props, 'percentage')
    if (pct !== undefined) {
      const n = Number.parseFloat(pct.replace('%', ''))
      if (Number.isFinite(n)) relation.percent = n
      else out.issues.push({ where, message: `percentage "${pct}" is not a number` })
    }
    const role = first(props, roleProp)
    if (role) relation.role = role
    const start = first(props, 'startDate')
    if (start) relation.startDate = start
    const end = first(props, 'endDate')
    if (end) relation.endDate = end
    out.relations.push(relation)
  }
  return out
}
