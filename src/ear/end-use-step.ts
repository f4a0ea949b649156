/**
 * Step: end uses the exporter knows of (General Prohibition 5; §§ 744.2–744.4, 744.21–744.23). An unknown
 * code is bad input naming the valid ones. Declaring none is recorded, so an NLR says what it assumed.
 */
import { badInput } from '../errors.js'
import { add, type Context, destLabel, requireLicence } from './context.js'
import { END_USE_CODES, endUseCode } from './end-use.js'

const STEP = 'end-use' as const

export function endUseStep(ctx: Context): void {
  const codes = ctx.input.endUses ?? []
  const known = codes.map((c) => {
    const def = endUseCode(c)
    if (!def)
      throw badInput(
        'endUse',
        `unknown end-use code "${c}" (use ${END_USE_CODES.map((e) => e.code).join(', ')})`,
      )
    return def
  })
  if (known.length === 0) {
    add(ctx, STEP, {
      code: 'END_USE_NONE_GIVEN',
      citation: '15 CFR 744.1; Supp. No. 3 to Part 732',
      text: 'No end use was given: this answer assumes the exporter knows of no end use controlled by Part 744 (nuclear, missile, chemical or biological weapons, military, military-intelligence, supercomputer or advanced semiconductor).',
      effect: 'info',
    })
    return
  }
  for (const def of known) {
    const scope = def.covers(ctx.item, ctx.dest)
    if (!scope) {
      add(ctx, STEP, {
        code: `END_USE_${def.code.toUpperCase().replace(/-/g, '_')}_NOT_CONTROLLED`,
        citation: def.citation,
        text: `End use "${def.code}" (${def.title}): ${def.citation} requires no licence for this item to ${destLabel(ctx)}.`,
        effect: 'clear',
      })
      continue
    }
    const code = `END_USE_${def.code.toUpperCase().replace(/-/g, '_')}`
    requireLicence(
      ctx,
      STEP,
      {
        code,
        citation: def.citation,
        text: `End use "${def.code}" (${def.title}): licence required for ${scope}.`,
      },
      { origin: 'end-use', code, allowedExceptions: [] },
    )
  }
}
