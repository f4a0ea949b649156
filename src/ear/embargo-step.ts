/**
 * Step: embargoes and other special destination controls (General Prohibition 6, 15 CFR Part 746).
 * Cuba (§ 746.2), Iran (§ 746.7 with OFAC's ITSR), North Korea (§ 746.4), Syria (§ 746.9, changed 2025-09-02),
 * Russia and Belarus (§ 746.8: every CCL item; EAR99 items by HTS list) and the Crimea, "DNR" and "LNR"
 * regions of Ukraine (§ 746.6). UN arms embargoes and Iraq bite through CCL rows (ccl-step.ts).
 */
import { badInput } from '../errors.js'
import { ask, type Context, consult, destLabel, isEar99, requireLicence } from './context.js'

const STEP = 'embargo' as const

function foodOrMedicine(ctx: Context, citation: string): 'yes' | 'no' | undefined {
  return ask(ctx, STEP, {
    id: 'food-medicine',
    code: 'EMBARGO_FOOD_MEDICINE',
    citation,
    text: `Is the EAR99 item food or medicine? (${citation} excepts EAR99 food and medicine.)`,
  })
}

/** EAR99 to a destination that licenses everything but EAR99 food and medicine. */
function allButFoodAndMedicine(ctx: Context, code: string, citation: string, what: string): void {
  if (isEar99(ctx)) {
    const answer = foodOrMedicine(ctx, citation)
    if (answer !== 'no') return
  }
  requireLicence(
    ctx,
    STEP,
    {
      code,
      citation,
      text: `${what}: licence required for all items subject to the EAR except EAR99 food and medicine.`,
    },
    { origin: 'embargo', code, allowedExceptions: [] },
  )
}

export function embargoStep(ctx: Context): void {
  const d = ctx.dest
  const ear99 = isEar99(ctx)
  if (d.region && d.region !== 'none') {
    allButFoodAndMedicine(
      ctx,
      'EMBARGO_746_6',
      '15 CFR 746.6',
      `Occupied region of Ukraine (${d.region.toUpperCase()}); policy of denial, only the exceptions of § 746.6(c)`,
    )
    return
  }
  if (d.code === 'UA' && d.region === undefined) {
    if (ctx.input.answers?.region === 'yes')
      throw badInput('region', 'say which region: --region crimea, dnr or lnr')
    ask(ctx, STEP, {
      id: 'region',
      code: 'EMBARGO_REGION_UNKNOWN',
      citation: '15 CFR 746.6',
      text: 'Is the destination in the Crimea region or the so-called DNR or LNR regions of Ukraine? Say --region crimea|dnr|lnr|none.',
    })
  }
  switch (d.rowCode) {
    case 'CU':
      // § 746.2(c) makes these exceptions available for Cuba, each with Cuba-specific limits [verify the list].
      requireLicence(
        ctx,
        STEP,
        {
          code: 'EMBARGO_746_2',
          citation: '15 CFR 746.2; 31 CFR part 515',
          text: "Cuba: licence required for all items subject to the EAR, including EAR99; general policy of denial. OFAC's Cuban Assets Control Regulations also apply.",
        },
        {
          origin: 'embargo',
          code: 'EMBARGO_746_2',
          allowedExceptions: ['AGR', 'CCD', 'GFT', 'SCP', 'BAG', 'GOV', 'TSU', 'TMP', 'RPL', 'AVS'],
        },
      )
      return
    case 'IR':
      requireLicence(
        ctx,
        STEP,
        {
          code: 'EMBARGO_746_7',
          citation: ear99 ? '15 CFR 746.7; 31 CFR 560.204' : '15 CFR 746.7',
          text: ear99
            ? "Iran: OFAC's Iranian Transactions and Sanctions Regulations prohibit exporting EAR99 goods from the United States to Iran without OFAC authorisation, which also serves as EAR authorisation (§ 746.7(a)(2))."
            : 'Iran: licence required for every item on the CCL (§ 746.7(a)); OFAC authorisation is also needed. Policy of denial.',
        },
        { origin: 'embargo', code: 'EMBARGO_746_7', allowedExceptions: [] },
      )
      return
    case 'KP':
      allButFoodAndMedicine(ctx, 'EMBARGO_746_4', '15 CFR 746.4; 15 CFR 742.19', 'North Korea')
      return
    case 'SY':
      syria(ctx)
      return
    case 'RU':
    case 'BY':
      russiaBelarus(ctx)
      return
  }
  ctx.reasons.push({
    step: STEP,
    code: 'EMBARGO_NONE',
    citation: '15 CFR 746.1',
    text: `${destLabel(ctx)} is not an embargoed or sanctioned destination under Part 746.`,
    effect: 'clear',
  })
}

function syria(ctx: Context): void {
  const rule = consult(ctx, 'syria-2025')
  if (!rule.applied) {
    allButFoodAndMedicine(ctx, 'EMBARGO_746_9', '15 CFR 746.9', 'Syria (rules before 2025-09-02)')
    return
  }
  const ear99 = isEar99(ctx)
  requireLicence(
    ctx,
    STEP,
    {
      code: 'EMBARGO_746_9',
      citation: '15 CFR 746.9',
      text: ear99
        ? 'Syria: licence required for all items subject to the EAR; EAR99 items may go under License Exception SPP (§ 740.5) unless Part 744 requires a licence.'
        : 'Syria: licence required for items on the CCL; presumption of approval for most civil end uses, case-by-case otherwise (§ 746.9(c)).',
    },
    {
      origin: 'embargo',
      code: 'EMBARGO_746_9',
      allowedExceptions: ear99 ? ['SPP'] : ['CCD', 'AVS', 'TMP', 'RPL', 'GOV', 'TSU'],
    },
  )
}

function russiaBelarus(ctx: Context): void {
  const citation = '15 CFR 746.8'
  if (isEar99(ctx)) {
    const answer = ask(ctx, STEP, {
      id: 'ru-by-ear99',
      code: 'EMBARGO_746_8_EAR99',
      citation,
      text: 'Is the EAR99 item identified by its HTS code in Supplement No. 2, 4, 5 or 6 to Part 746, or EAR99 software covered by § 746.8(a)?',
    })
    if (answer !== 'yes') return
  }
  requireLicence(
    ctx,
    STEP,
    {
      code: 'EMBARGO_746_8',
      citation,
      text: `${ctx.dest.name}: licence required (${isEar99(ctx) ? 'EAR99 item on a Part 746 HTS list' : 'every item on the CCL'}); policy of denial (§ 746.8(b)); only the exceptions of § 746.8(c).`,
    },
    { origin: 'embargo', code: 'EMBARGO_746_8', allowedExceptions: [] },
  )
}
