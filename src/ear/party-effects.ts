/**
 * What an applied match on each list means for the export (Part 744 and the lists' own authorities):
 * DPL → prohibited (GP4); Entity List → the entry's own licence requirement and review policy (§ 744.11);
 * MEU → Supp. No. 2 items (§ 744.21); UVL → no licence by itself, UVL statement, no exceptions (§ 744.15);
 * SDN → § 744.8 for its programmes, and OFAC blocking; NS-CMIC → not an export restriction.
 */
import { ask, type Context } from './context.js'
import { readElRequirement } from './el-requirement.js'
import { SDN_744_8_PROGRAMS, SUPP_2_TO_PART_744 } from './part-744-lists.js'
import type { PartyMatch } from './types.js'

const STEP = 'parties' as const

export const inSupp2 = (ctx: Context): boolean =>
  ctx.item.kind === 'eccn' && SUPP_2_TO_PART_744.has(ctx.item.eccn)

const fr = (m: PartyMatch): string =>
  m.federalRegister?.length ? ` Federal Register: ${m.federalRegister.join('; ')}.` : ''
const who = (party: string, m: PartyMatch): string =>
  `"${party}" matches ${m.list} entry "${m.name}" (score ${m.score.toFixed(2)})`

function licence(
  ctx: Context,
  code: string,
  citation: string,
  text: string,
  allowed: readonly string[],
): void {
  ctx.reasons.push({ step: STEP, code, citation, text, effect: 'license' })
  ctx.requirements.push({ origin: 'party', code, allowedExceptions: allowed })
}

function info(
  ctx: Context,
  code: string,
  citation: string,
  text: string,
  effect: 'info' | 'condition' | 'clear' = 'info',
) {
  ctx.reasons.push({ step: STEP, code, citation, text, effect })
}

export function listEffect(ctx: Context, party: string, m: PartyMatch): void {
  switch (m.list) {
    case 'DPL':
      ctx.reasons.push({
        step: STEP,
        code: 'PARTY_DPL',
        citation: '15 CFR 736.2(b)(4); 15 CFR part 764',
        text: `${who(party, m)}: a denial order prohibits taking part in any transaction involving items subject to the EAR (General Prohibition 4); no licence exception.${fr(m)}`,
        effect: 'prohibited',
      })
      return
    case 'EL':
      entityList(ctx, party, m)
      return
    case 'MEU':
      if (inSupp2(ctx)) {
        licence(
          ctx,
          'PARTY_MEU',
          '15 CFR 744.21',
          `${who(party, m)}: licence required for items in Supp. No. 2 to Part 744 (this item is one); presumption of denial; only License Exception GOV (§ 740.11(b)(2)(i)-(ii)).${fr(m)}`,
          ['GOV'],
        )
        return
      }
      info(
        ctx,
        'PARTY_MEU_OUT_OF_SCOPE',
        '15 CFR 744.21',
        `${who(party, m)}: the MEU listing requires a licence only for items in Supp. No. 2 to Part 744, which this item is not.`,
        'clear',
      )
      return
    case 'UVL':
      ctx.bars.push({ citation: '15 CFR 740.2(a)(17)', text: `Unverified List party "${m.name}"` })
      info(
        ctx,
        'PARTY_UVL',
        '15 CFR 744.15; 15 CFR 740.2(a)(17); 15 CFR 758.1(b)(8)',
        `${who(party, m)}: the listing alone requires no licence, but before shipping obtain the signed UVL statement (§ 744.15(b)), no licence exception may be used, and EEI must be filed whatever the value.`,
        'condition',
      )
      return
    case 'SDN':
      sdn(ctx, party, m)
      return
    case 'CMIC':
      info(
        ctx,
        'PARTY_CMIC',
        '31 CFR part 586; E.O. 13959 as amended by E.O. 14032',
        `${who(party, m)}: NS-CMIC is not an export restriction; it bars U.S. persons from buying or selling the company's publicly traded securities. See the investment rules (tradecontrols invest; 31 CFR part 850).`,
      )
      return
    default:
      info(
        ctx,
        `PARTY_${m.list.replace(/[^A-Z]/g, '_')}`,
        'Supp. No. 3 to Part 732',
        `${who(party, m)}: this list creates no EAR licence requirement by itself; review the listing and its programme before proceeding.`,
      )
  }
}

function entityList(ctx: Context, party: string, m: PartyMatch): void {
  const req = readElRequirement(m.licenseRequirement)
  if (req.footnote) ctx.elFootnotes.add(req.footnote)
  const policy = m.licensePolicy ? ` Licence review policy: ${m.licensePolicy.replace(/\.$/, '')}.` : ''
  const lr = m.licenseRequirement ? `"${m.licenseRequirement}"` : 'not given in the data'
  const fdp = req.footnote
    ? ` Footnote ${req.footnote} entity: foreign-direct-product rules reach foreign-made items (§ 734.9).`
    : ''
  const carve = req.carveOut
    ? ` The entry carves out: ${req.carveOut} — review whether it covers this export.`
    : ''
  const text = `${who(party, m)}: licence requirement ${lr}.${policy}${fr(m)}${fdp}${carve}`
  const allowed = req.gov ? ['GOV'] : []
  const ear99 = ctx.item.kind === 'ear99'
  if (req.scope === 'supp2-744' && !inSupp2(ctx)) {
    info(
      ctx,
      'PARTY_EL_OUT_OF_SCOPE',
      '15 CFR 744.11',
      `${text} This item is not in Supp. No. 2 to Part 744.`,
      'clear',
    )
    return
  }
  if (
    req.scope === 'unknown' ||
    req.scope === 'projects-746-8-a-4' ||
    (req.scope === 'ccl-and-supp7' && ear99)
  ) {
    const question = {
      unknown: 'Does the entry’s licence requirement cover this item?',
      'projects-746-8-a-4': 'Will the items be used in projects specified in § 746.8(a)(4)?',
      'ccl-and-supp7': 'Is this EAR99 item listed in Supp. No. 7 to Part 746?',
    }[req.scope]
    const answer = ask(ctx, STEP, {
      id: `el-scope:${m.entityId}`,
      code: 'PARTY_EL_SCOPE',
      citation: '15 CFR 744.11',
      text: `${text} ${question}`,
    })
    if (answer !== 'yes') return
  }
  const except = req.gov ? ' except GOV as the entry states' : ''
  licence(ctx, 'PARTY_EL', '15 CFR 744.11', `${text} No licence exception${except}.`, allowed)
}

function sdn(ctx: Context, party: string, m: PartyMatch): void {
  const programs = m.programs ?? []
  const ear = programs.filter((p) => SDN_744_8_PROGRAMS.has(p))
  const ofac = 'OFAC: the party is blocked; U.S. persons may not deal with it without OFAC authorisation.'
  if (ear.length > 0) {
    licence(
      ctx,
      'PARTY_SDN_744_8',
      '15 CFR 744.8; 31 CFR chapter V',
      `${who(party, m)} [${ear.join(', ')}]: licence required for all items subject to the EAR (§ 744.8); presumption of denial; no licence exception. ${ofac} An OFAC authorisation of the transaction also satisfies the EAR requirement.`,
      [],
    )
    return
  }
  licence(
    ctx,
    'PARTY_SDN_OFAC',
    '31 CFR chapter V',
    `${who(party, m)}${programs.length ? ` [${programs.join(', ')}]` : ''}: ${ofac} ${programs.length ? 'Its programmes are not among those of § 744.8, so the EAR adds no licence requirement of its own.' : 'Programme not given in the data: if it is one listed in § 744.8, the EAR also requires a licence.'}`,
    [],
  )
}
