/** One FollowTheMoney entity as the JSON lines export spells it. */
export interface FtmEntity {
  id: string
  schema: string
  caption?: string
  properties: Record<string, unknown[]>
  datasets: string[]
  lastChange?: string
  /** file:line for issue messages. */
  where: string
}

/** String values of a property; nested entities (the "nested" export) count by their id. */
export function prop(entity: FtmEntity, name: string): string[] {
  const values = entity.properties[name]
  if (!Array.isArray(values)) return []
  return values.flatMap((v) => {
    if (typeof v === 'string') return v.trim() === '' ? [] : [v.trim()]
    if (typeof v === 'number') return [String(v)]
    if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string')
      return [(v as { id: string }).id]
    return []
  })
}

/** Parses one line of an FtM export; undefined with a reason when it is not an entity. */
export function parseFtmLine(line: string, where: string): FtmEntity | string {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return 'not valid JSON'
  }
  if (!raw || typeof raw !== 'object') return 'not a JSON object'
  const o = raw as Record<string, unknown>
  if (typeof o.id !== 'string' || typeof o.schema !== 'string') return 'no "id" or "schema"'
  const properties =
    o.properties && typeof o.properties === 'object' ? (o.properties as Record<string, unknown[]>) : {}
  const entity: FtmEntity = {
    id: o.id,
    schema: o.schema,
    properties,
    datasets: Array.isArray(o.datasets) ? o.datasets.filter((d): d is string => typeof d === 'string') : [],
    where,
  }
  if (typeof o.caption === 'string') entity.caption = o.caption
  if (typeof o.last_change === 'string') entity.lastChange = o.last_change
  return entity
}
