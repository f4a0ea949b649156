import { z } from '@hono/zod-openapi'
import { screenQuerySchema } from '../../service/query-schema.js'

export const CounterpartySchema = z
  .strictObject({ id: z.string().trim().min(1, 'must not be empty').max(200), ...screenQuerySchema.shape })
  .openapi('Counterparty', { example: { id: 'CP-0042', name: 'Huawei Technologies Co Ltd', country: 'CN' } })

/** A stored counterparty as the API returns it. */
export const StoredCounterpartySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string().optional(),
    country: z.string().optional(),
    dob: z.string().optional(),
  })
  .openapi('StoredCounterparty')

/** All or nothing: the first bad row (or repeated id) refuses the whole import, named by its index. */
export const ImportSchema = z
  .array(CounterpartySchema)
  .min(1, 'has no counterparties')
  .superRefine((rows, check) => {
    const seen = new Map<string, number>()
    rows.forEach((row, i) => {
      const first = seen.get(row.id)
      if (first !== undefined)
        check.addIssue({ code: 'custom', path: [i, 'id'], message: `"${row.id}" is also row ${first}` })
      seen.set(row.id, i)
    })
  })

export const ImportResultSchema = z
  .object({
    imported: z.number().int(),
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int().openapi({ description: 'With replace=true: no longer monitored' }),
    screened: z.number().int(),
    alerts: z.object({ new: z.number().int(), cleared: z.number().int(), changed: z.number().int() }),
  })
  .openapi('CounterpartyImport')

export const CounterpartyMatchSchema = z
  .object({
    source: z.string(),
    entityId: z.string(),
    list: z.string(),
    score: z.number(),
    versionId: z.string(),
    match: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The match as screening answers give it' }),
  })
  .openapi('CounterpartyMatch')
