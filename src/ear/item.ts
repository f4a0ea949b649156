/**
 * The item: "EAR99", an ECCN ("3A090") or an ECCN with a paragraph ("3A090.a", "3B001.c.1.a"). An ECCN that
 * is not on the CCL is an error naming it (TC_UNKNOWN_ECCN), never treated as EAR99.
 */
import { TcError } from '../errors.js'
import type { CclEntry } from './ccl-rule.js'
import type { Paragraph } from './ccl-scope.js'
import type { EarTables } from './tables.js'

export type Item = { kind: 'ear99' } | { kind: 'eccn'; eccn: string; paragraph: Paragraph; entry: CclEntry }

export function resolveItem(input: string, tables: EarTables): Item {
  const raw = input.trim().replace(/\s+/g, '')
  if (/^EAR-?99$/i.test(raw)) return { kind: 'ear99' }
  const [head = '', ...rest] = raw.split('.')
  const eccn = head.toUpperCase()
  if (!/^\d[A-E]\d{3}$/.test(eccn) || rest.some((p) => !/^[A-Za-z0-9]+$/.test(p)))
    throw new TcError('TC_UNKNOWN_ECCN', `"${input}" is not an ECCN (e.g. 3A090, 5A992.c) or EAR99`, {
      field: 'eccn',
    })
  const entry = tables.ccl.get(eccn)
  if (!entry)
    throw new TcError(
      'TC_UNKNOWN_ECCN',
      `ECCN ${eccn} is not on the Commerce Control List (eCFR ${tables.ecfrIssueDate})`,
      {
        field: 'eccn',
      },
    )
  const paragraph = rest.map((p) => p.toLowerCase())
  return { kind: 'eccn', eccn, paragraph, entry }
}

export const itemLabel = (item: Item): string =>
  item.kind === 'ear99' ? 'EAR99' : [item.eccn, ...item.paragraph].join('.')
