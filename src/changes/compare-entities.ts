import type { Entity } from '../model/entity.js'
import { type FieldName, fieldValue, SCALAR_FIELDS } from './entity-fields.js'
import { foldText, sortedNameKey } from './name-key.js'
import type { FieldChange } from './types.js'

const SCALARS = new Set<string>(SCALAR_FIELDS)

// Names are folded with legal forms dropped; other text only loses case, punctuation and spacing.
const fold = (field: FieldName, v: string): string => {
  if (field === 'name' || field === 'aliases') return sortedNameKey(v)
  // "01/16/09" and "01/16/2009" in Federal Register citations are one date.
  if (field === 'federalRegister')
    return foldText(
      v.replace(/\b(\d{1,2}\/\d{1,2}\/)(\d{2})\b/g, (_, md, yy) => `${md}${Number(yy) > 50 ? 19 : 20}${yy}`),
    )
  return foldText(v)
}

/** Field-by-field differences between two entries of one party, over the fields both versions carry. */
export function compareEntities(a: Entity, b: Entity, fields: readonly FieldName[]): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    const x = fieldValue(a, field)
    const y = fieldValue(b, field)
    if (SCALARS.has(field)) {
      const change = compareScalar(field, x as string | undefined, y as string | undefined)
      if (change) changes.push(change)
    } else {
      const change = compareSet(field, (x ?? []) as readonly string[], (y ?? []) as readonly string[])
      if (change) changes.push(change)
    }
  }
  return changes
}

function compareScalar(
  field: FieldName,
  x: string | undefined,
  y: string | undefined,
): FieldChange | undefined {
  if ((x ?? '') === (y ?? '')) return undefined
  const change: FieldChange = {
    field,
    cosmetic: x !== undefined && y !== undefined && fold(field, x) === fold(field, y),
  }
  if (x !== undefined) change.old = x
  if (y !== undefined) change.new = y
  return change
}

/** Values count as added or removed only when no value on the other side folds to the same text. */
function compareSet(field: FieldName, x: readonly string[], y: readonly string[]): FieldChange | undefined {
  const xs = new Set(x)
  const ys = new Set(y)
  const rawAdded = y.filter((v) => !xs.has(v))
  const rawRemoved = x.filter((v) => !ys.has(v))
  if (rawAdded.length === 0 && rawRemoved.length === 0) return undefined
  const fx = new Set(x.map((v) => fold(field, v)))
  const fy = new Set(y.map((v) => fold(field, v)))
  const added = rawAdded.filter((v) => !fx.has(fold(field, v)))
  const removed = rawRemoved.filter((v) => !fy.has(fold(field, v)))
  if (added.length === 0 && removed.length === 0) {
    return { field, added: rawAdded, removed: rawRemoved, cosmetic: true }
  }
  return { field, added, removed, cosmetic: false }
}

/** A change that matters: anything but a cosmetic edit. */
export const isSubstantive = (changes: readonly FieldChange[]): boolean => changes.some((c) => !c.cosmetic)
