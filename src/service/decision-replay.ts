import { determine } from '../ear/determine.js'
import type { EarTables } from '../ear/tables.js'
import type { Determination, DetermineInput } from '../ear/types.js'
import { checkInvestment } from '../invest/check-investment.js'
import type { InvestmentResult } from '../invest/types.js'
import type { AnswerRecord } from '../model/answer-record.js'
import type { Engine } from './engine-types.js'
import type { ReplayKind } from './replay.js'

/** Answers that decide (a determination, an investment check) compare by decision, reasons and parties. */
interface Decided {
  decision: string
  reasons: Array<{ code: string; citation: string }>
}

export function compareDecided(before: Decided, after: Decided): string[] {
  const out: string[] = []
  if (before.decision !== after.decision) out.push(`decision ${before.decision} -> ${after.decision}`)
  const key = (r: { code: string; citation: string }) => `${r.code} (${r.citation})`
  const was = new Set(before.reasons.map(key))
  const now = new Set(after.reasons.map(key))
  for (const k of now) if (!was.has(k)) out.push(`new reason ${k}`)
  for (const k of was) if (!now.has(k)) out.push(`reason no longer given: ${k}`)
  return out
}

/** A determination replays with the EAR tables of this build, on the recorded date (`asOf` is recorded). */
export function determineReplay(loadTables: () => Promise<EarTables>): ReplayKind {
  return {
    recompute: async (engine: Engine, record: AnswerRecord): Promise<Determination> => {
      const input = record.input as DetermineInput & { asOf: string }
      return determine(input, { engine, tables: await loadTables(), today: () => input.asOf })
    },
    compare: (recorded, replayed) => {
      const a = recorded as Determination
      const b = replayed as Determination
      const out = compareDecided(a, b)
      const exceptions = (d: Determination) =>
        d.licenseExceptions
          .map((x) => x.symbol)
          .sort()
          .join(', ')
      if (exceptions(a) !== exceptions(b))
        out.push(`licence exceptions [${exceptions(a)}] -> [${exceptions(b)}]`)
      return out
    },
  }
}

/** An investment check replays on the recorded versions; ownership files given on the command line are not part of it. */
export const investReplay: ReplayKind = {
  recompute: (engine: Engine, record: AnswerRecord): InvestmentResult => {
    const threshold = record.settings.threshold
    return checkInvestment(record.input, { engine, ...(typeof threshold === 'number' ? { threshold } : {}) })
  },
  compare: (recorded, replayed) => compareDecided(recorded as InvestmentResult, replayed as InvestmentResult),
}
