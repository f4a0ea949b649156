import type { Entity, ListCode } from '../model/entity.js'
import type { OwnershipIndex } from '../ownership/ownership-index.js'
import type { Engine } from '../service/engine-types.js'
import { type CmicBatch, cmicSecurities } from './cmic-securities.js'
import type { InvestmentInput } from './input.js'
import { matchTarget } from './match-target.js'
import type { InvestScreening, Question, Reason, RuleNote } from './types.js'

export interface TargetScreening {
  screening: InvestScreening
  reasons: Reason[]
  rules: RuleNote[]
  /** Lists the target is on (applied matches) - for the list-based prohibition of §850.224(l). */
  lists: Set<ListCode>
  /** SDN, or 50 %+ owned by SDNs with OFAC's rule in force: no dealings at all. */
  blocked: boolean
  /** A purchase of NS-CMIC publicly traded securities on or after the bar date. */
  securitiesBarred: boolean
  /** Possible matches to confirm or dismiss before anything short of PROHIBITED can be said. */
  questions: Question[]
}

const BLOCKING = 'IEEPA (50 U.S.C. 1702); 31 CFR chapter V'

/**
 * Screens the target through the Engine (name and country) and, when an ownership index is given, asks who
 * owns it. SDN -> blocked; NS-CMIC -> the securities restriction and its dates; EL/MEU and others -> noted.
 */
export function screenTarget(
  input: InvestmentInput,
  deps: {
    engine?: Engine
    ownership?: OwnershipIndex
    threshold?: number
    cmicBatches?: readonly CmicBatch[]
  },
): TargetScreening {
  const out: TargetScreening = {
    screening: { matches: [], data: deps.engine?.data ?? [] },
    reasons: [],
    rules: [],
    lists: new Set(),
    blocked: false,
    securitiesBarred: false,
    questions: [],
  }
  let entities: Entity[] = []
  if (deps.engine) {
    const matched = matchTarget(
      input,
      deps.engine,
      deps.threshold === undefined ? {} : { threshold: deps.threshold },
    )
    out.screening.matches = matched.matches
    out.questions = matched.questions
    entities = matched.applied
    for (const e of entities) out.lists.add(e.list)
  }
  const first = (list: ListCode) => entities.find((e) => e.list === list)
  const sdn = first('SDN')
  if (sdn) {
    out.blocked = true
    out.reasons.push({
      code: 'SDN_BLOCKED',
      citation: BLOCKING,
      text: `${input.target} matches SDN entry ${sdn.name}${sdn.programs.length ? ` (${sdn.programs.join(', ')})` : ''}: its property is blocked; U.S. persons may not invest in or otherwise deal with it`,
    })
  }
  const cmic = first('CMIC')
  if (cmic) {
    const sec = cmicSecurities(cmic, input.asOf, input.cmicListedOn, deps.cmicBatches)
    const { citation, ...securities } = sec
    out.screening.securities = securities
    const purchase = input.type === 'public-security'
    out.securitiesBarred = purchase && (sec.state === 'divest-window' || sec.state === 'after-divest-window')
    out.reasons.push({
      code: 'CMIC_SECURITIES',
      citation,
      text: purchase
        ? sec.text
        : `${sec.text}. This ${input.type ?? 'transaction'} is not a purchase of publicly traded securities, so the NS-CMIC bar itself does not reach it`,
      ...(sec.verify ? { verify: sec.verify } : {}),
    })
  }
  for (const list of ['EL', 'MEU'] as const) {
    const e = first(list)
    if (!e) continue
    out.reasons.push({
      code: `LISTED_${list}`,
      citation: list === 'EL' ? '15 CFR 744.11' : '15 CFR 744.21',
      text: `${input.target} matches ${list === 'EL' ? 'Entity List' : 'MEU List'} entry ${e.name}${e.licenseRequirement ? ` (licence requirement: ${e.licenseRequirement})` : ''}: an export-control restriction, not by itself an investment bar`,
    })
  }
  if (deps.ownership) ownershipReasons(input, deps.ownership, entities, out)
  return out
}

function ownershipReasons(
  input: InvestmentInput,
  index: OwnershipIndex,
  entities: Entity[],
  out: TargetScreening,
) {
  const owned = index.ownedBy(
    input.target,
    input.asOf,
    entities.map((e) => e.id),
  )
  out.screening.ownership = owned
  for (const f of owned.findings) {
    const ofac = f.rule.id === 'ofac-50'
    if (ofac && f.applies) out.blocked = true
    out.reasons.push({
      code: ofac ? 'OWNED_BY_SDN' : 'AFFILIATE_OF_LISTED',
      citation: f.rule.citation,
      text: `${owned.name ?? input.target} is ${f.text}`,
      ...(f.status.verified ? {} : { verify: `[verify] ${f.status.text}` }),
    })
    out.rules.push({
      id: f.rule.id,
      text: f.status.text,
      source: f.status.period?.source ?? 'override',
      verified: f.status.verified,
      ...(f.status.period ? { effective: f.status.period.from } : {}),
    })
  }
  for (const c of owned.cautions)
    out.reasons.push({
      code: 'OWNERSHIP_CAUTION',
      citation: 'OFAC FAQs 398-401; Supp. No. 3 to 15 CFR part 732',
      text: c,
    })
  for (const i of owned.issues)
    out.reasons.push({ code: 'OWNERSHIP_DATA', citation: 'ownership data', text: `${i.code}: ${i.message}` })
}
