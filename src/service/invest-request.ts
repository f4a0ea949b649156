import { z } from 'zod'
import { checkInvestment } from '../invest/check-investment.js'
import { investmentInputSchema } from '../invest/input.js'
import type { InvestmentResult } from '../invest/types.js'
import { ownershipForEngine } from '../ownership/engine-ownership.js'
import type { OwnershipIndex } from '../ownership/ownership-index.js'
import type { Store } from '../store/store.js'
import type { Engine } from './engine-types.js'
import { answerRecord } from './record-answer.js'

/** An outbound-investment question as the API and MCP take it: the CLI's input, `asOf` defaulting to today. */
export const investRequestSchema = investmentInputSchema.extend({
  asOf: investmentInputSchema.shape.asOf.optional(),
  threshold: z.number().min(0).max(1).optional().describe('Screening threshold for the target'),
})

export type InvestRequest = z.input<typeof investRequestSchema>

/** The ownership index is built once per engine (it only depends on the engine's relations). */
const ownershipCache = new WeakMap<Engine, OwnershipIndex | null>()

function ownershipOf(engine: Engine): OwnershipIndex | undefined {
  if (!ownershipCache.has(engine)) ownershipCache.set(engine, ownershipForEngine(engine) ?? null)
  return ownershipCache.get(engine) ?? undefined
}

/** May a U.S. person make this investment (31 CFR 850, NS-CMIC, sanctions)? Recorded when `record` is given. */
export async function investOne(
  engine: Engine,
  request: InvestRequest,
  today: Date,
  record?: { store: Store; caller: string },
): Promise<InvestmentResult & { recordId?: string }> {
  const { threshold, ...raw } = request
  const ownership = ownershipOf(engine)
  const result = checkInvestment(
    { ...raw, asOf: raw.asOf ?? today.toISOString().slice(0, 10) },
    { engine, ...(ownership ? { ownership } : {}), ...(threshold === undefined ? {} : { threshold }) },
  )
  if (!record) return result
  const answer = answerRecord({
    kind: 'invest',
    engine,
    input: result.input,
    settings: { threshold: threshold ?? engine.defaultThreshold, graphs: [] },
    result,
    attention: !['NOT_COVERED', 'EXCEPTED'].includes(result.decision),
    caller: record.caller,
    now: today,
  })
  await record.store.records.insert(answer)
  return { ...result, recordId: answer.id }
}
