import { z } from 'zod'
import { determine } from '../ear/determine.js'
import { END_USE_CODES } from '../ear/end-use.js'
import type { EarTables } from '../ear/tables.js'
import type { Determination, DetermineInput, PartyScreener } from '../ear/types.js'
import type { Store } from '../store/store.js'
import type { Engine } from './engine-types.js'
import { answerRecord } from './record-answer.js'

const country = z.string().trim().min(2).max(60).describe('ISO-2 code or English name')

/** An EAR licence determination as the API body and the MCP tool take it (the CLI's flags, as JSON). */
export const determineRequestSchema = z.strictObject({
  eccn: z.string().trim().min(1).max(20).describe('ECCN with optional paragraph (3A090.a), or EAR99'),
  to: country.describe('Destination: ISO-2 code or English name'),
  region: z.enum(['crimea', 'dnr', 'lnr', 'none']).optional().describe('Region of Ukraine (15 CFR 746.6)'),
  parties: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(500),
        country: z.string().trim().length(2).optional(),
        owners: z
          .array(
            z.strictObject({
              name: z.string().trim().min(1).max(500),
              country: z.string().trim().length(2).optional(),
              percent: z.number().min(0).max(100).optional(),
            }),
          )
          .max(20)
          .optional(),
      }),
    )
    .max(20)
    .optional()
    .describe('Purchaser, consignee, end user...: each is screened'),
  endUses: z
    .array(z.enum(END_USE_CODES.map((c) => c.code) as [string, ...string[]]))
    .max(END_USE_CODES.length)
    .optional()
    .describe('End uses the exporter knows of'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional()
    .describe('Answer for this day; default today'),
  answers: z
    .record(z.string().max(100), z.enum(['yes', 'no']))
    .optional()
    .describe('Answers to earlier questions'),
  rules: z
    .record(z.string().max(100), z.enum(['on', 'off']))
    .optional()
    .describe('Force a dated rule on or off'),
  threshold: z.number().min(0).max(1).optional().describe('Screening threshold for the parties'),
})

export type DetermineRequest = z.infer<typeof determineRequestSchema>

/**
 * Determines one request on an engine (parties are screened on it) and the EAR tables; with `record`, the
 * answer is recorded (replayable on its day and versions) and carries the record id.
 */
export async function determineOne(
  engine: Engine,
  tables: EarTables,
  request: DetermineRequest,
  today: Date,
  record?: { store: Store; caller: string },
): Promise<Determination & { recordId?: string }> {
  const { parties, ...rest } = request
  // A JSON round trip drops the keys zod leaves as undefined (the input type has no undefined values).
  const input = JSON.parse(
    JSON.stringify({
      ...rest,
      parties: (parties ?? []).map((p) => ({ ...p, country: p.country?.toUpperCase() })),
    }),
  ) as DetermineInput
  const screener: PartyScreener = engine
  const d = determine(input, { engine: screener, tables, today: () => today.toISOString().slice(0, 10) })
  if (!record) return d
  const answer = answerRecord({
    kind: 'determine',
    engine,
    input: { ...input, asOf: d.asOf },
    settings: { ecfr: d.data.ecfr, threshold: input.threshold ?? engine.defaultThreshold },
    result: d,
    attention: d.decision !== 'NLR',
    caller: record.caller,
    now: today,
  })
  await record.store.records.insert(answer)
  return { ...d, recordId: answer.id }
}
