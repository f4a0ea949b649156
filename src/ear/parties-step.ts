/**
 * Step: parties (General Prohibitions 4 and 5, Part 744). Every party is screened through the injected
 * engine; a strong match is applied, a match between the threshold and the strong level is a "possible
 * match, review" question (answer `match:<entityId>` yes or no), never silently applied. Owners given for a
 * party are screened for the Affiliates Rule, a dated rule.
 */
import type { Match } from '../match/types.js'
import { ask, type Context, consult } from './context.js'
import { inSupp2, listEffect } from './party-effects.js'
import type {
  PartyInput,
  PartyMatch,
  PartyOwnershipEvidence,
  PartyScreener,
  PartyScreening,
} from './types.js'

const STEP = 'parties' as const
const DEFAULT_STRONG = 0.9
/** Lists whose parties' restrictions pass to 50%-owned affiliates (90 FR 47201). */
const AFFILIATE_LISTS = new Set(['EL', 'MEU', 'SDN'])

function toPartyMatch(m: Match, screener: PartyScreener, status: PartyMatch['status']): PartyMatch {
  const e = screener.entity(m.entityId)
  const out: PartyMatch = {
    entityId: m.entityId,
    list: m.list,
    sourceId: m.sourceId,
    name: m.name,
    matchedName: m.matchedName,
    score: m.score,
    status,
  }
  if (e?.licenseRequirement) out.licenseRequirement = e.licenseRequirement
  if (e?.licensePolicy) out.licensePolicy = e.licensePolicy
  if (e?.federalRegister.length) out.federalRegister = e.federalRegister
  if (e?.programs.length) out.programs = e.programs
  return out
}

/** Screens one name and decides, per match, applied / review / dismissed. */
function screenName(
  ctx: Context,
  screener: PartyScreener,
  name: string,
  country: string | undefined,
): PartyMatch[] {
  const threshold = ctx.input.threshold ?? screener.defaultThreshold
  const strong = Math.max(ctx.input.strongMatch ?? DEFAULT_STRONG, threshold)
  const { matches } = screener.screen(country ? { name, country } : { name }, { threshold, limit: 10 })
  return matches.map((m) => {
    if (m.score >= strong) return toPartyMatch(m, screener, 'applied')
    const answer = ask(ctx, STEP, {
      id: `match:${m.entityId}`,
      code: 'PARTY_POSSIBLE_MATCH',
      citation: "Supp. No. 3 to Part 732 ('Know Your Customer' guidance)",
      text: `Possible match, review: is "${name}" the ${m.list}-listed "${m.name}" (matched "${m.matchedName}", score ${m.score.toFixed(2)})?`,
    })
    return toPartyMatch(m, screener, answer === 'yes' ? 'applied' : answer === 'no' ? 'dismissed' : 'review')
  })
}

/** The best applied match per list: one reason per list, not one per Huawei affiliate row. */
function bestPerList(matches: readonly PartyMatch[]): PartyMatch[] {
  const best = new Map<string, PartyMatch>()
  for (const m of matches) {
    if (m.status !== 'applied') continue
    const prev = best.get(m.list)
    if (!prev || m.score > prev.score) best.set(m.list, m)
  }
  return [...best.values()]
}

export function partiesStep(ctx: Context, screener: PartyScreener): void {
  const parties = ctx.input.parties ?? []
  if (parties.length === 0) {
    ctx.reasons.push({
      step: STEP,
      code: 'PARTIES_NONE',
      citation: '15 CFR 736.2(b)(4)-(5); 15 CFR 744.1',
      text: 'No parties were given, so none was screened: this answer holds only if no purchaser, consignee or end user is on a restricted list.',
      effect: 'info',
    })
    return
  }
  for (const party of parties) {
    const matches = screenName(ctx, screener, party.name, party.country)
    ctx.parties.push(screening(party, 'party', matches))
    const applied = bestPerList(matches)
    if (applied.length === 0 && !matches.some((m) => m.status === 'review'))
      ctx.reasons.push({
        step: STEP,
        code: 'PARTY_CLEAR',
        citation: '15 CFR 744.1',
        text: `"${party.name}" matched no restricted-list entry at the screening threshold.`,
        effect: 'clear',
      })
    for (const m of applied) listEffect(ctx, party.name, m)
    if (party.owners?.length) affiliates(ctx, screener, party)
    if (party.ownership) ownedByGraph(ctx, party.name, party.ownership)
  }
}

/**
 * An ownership graph found the party 50 % or more owned by listed parties. OFAC's 50 % rule blocks it like its
 * SDN owners; the Affiliates Rule gives it its Entity List / MEU owners' licence requirements, in its periods.
 */
function ownedByGraph(ctx: Context, name: string, evidence: PartyOwnershipEvidence): void {
  const facts = evidence.summary.join(' ')
  if (evidence.caughtBy.includes('ofac-50')) {
    ctx.reasons.push({
      step: STEP,
      code: 'PARTY_OWNED_SDN',
      citation: '31 CFR 501; OFAC 50 % rule (2014-08-13 guidance); 15 CFR 744.8',
      text: `"${name}" is blocked by OFAC's 50 % rule: ${facts} U.S. persons may not deal with it without an OFAC licence; where the owners are designated under a § 744.8 program, a BIS licence is also required.`,
      effect: 'license',
    })
    ctx.requirements.push({ origin: 'party', code: 'PARTY_OWNED_SDN', allowedExceptions: [] })
  }
  if (!evidence.caughtBy.includes('bis-affiliates')) return
  const rule = consult(ctx, 'affiliates-rule')
  if (!rule.applied) {
    ctx.reasons.push({
      step: STEP,
      code: 'PARTY_AFFILIATE_NOT_APPLIED',
      citation: rule.citation,
      text: `"${name}" is 50 % or more owned by listed parties (${facts}), but the Affiliates Rule is not applied on ${ctx.asOf}: ${rule.status}.`,
      effect: 'info',
    })
    return
  }
  ctx.reasons.push({
    step: STEP,
    code: 'PARTY_AFFILIATE',
    citation: '15 CFR 744.11(a)(1); 90 FR 47201',
    text: `"${name}" is 50 % or more owned by listed parties: ${facts} The owners' licence requirements apply (Affiliates Rule, ${rule.status}); no licence exceptions.`,
    effect: 'license',
  })
  ctx.requirements.push({ origin: 'party', code: 'PARTY_AFFILIATE', allowedExceptions: [] })
}

function screening(party: PartyInput, role: PartyScreening['role'], matches: PartyMatch[]): PartyScreening {
  const out: PartyScreening = { name: party.name, role, matches }
  if (party.country) out.country = party.country
  return out
}

/** The Affiliates Rule (15 CFR 744.11(a)(1), 90 FR 47201), applied only in the periods the dated rule says. */
function affiliates(ctx: Context, screener: PartyScreener, party: PartyInput): void {
  let knownShare = 0
  let unknownShare = false
  const listed: string[] = []
  for (const owner of party.owners ?? []) {
    const matches = screenName(ctx, screener, owner.name, owner.country)
    const s: PartyScreening = { ...screening(owner, 'owner', matches), ownerOf: party.name }
    if (owner.percent !== undefined) s.percent = owner.percent
    ctx.parties.push(s)
    // An MEU owner restricts only Supp. No. 2 items (§ 744.21); EL and § 744.8 SDN owners restrict all items.
    const hit = bestPerList(matches).find(
      (m) => AFFILIATE_LISTS.has(m.list) && (m.list !== 'MEU' || inSupp2(ctx)),
    )
    if (!hit) continue
    listed.push(`${owner.name} (${hit.list}${owner.percent === undefined ? '' : `, ${owner.percent}%`})`)
    if (owner.percent === undefined) unknownShare = true
    else knownShare += owner.percent
  }
  if (listed.length === 0) return
  const rule = consult(ctx, 'affiliates-rule')
  const who = `"${party.name}" is owned by listed parties: ${listed.join('; ')}`
  if (!rule.applied) {
    ctx.reasons.push({
      step: STEP,
      code: 'PARTY_AFFILIATE_NOT_APPLIED',
      citation: rule.citation,
      text: `${who}. The Affiliates Rule is not applied on ${ctx.asOf}: ${rule.status}.`,
      effect: 'info',
    })
    return
  }
  let covered = knownShare >= 50
  if (!covered && unknownShare) {
    const answer = ask(ctx, STEP, {
      id: `ownership:${party.name}`,
      code: 'PARTY_AFFILIATE_SHARE',
      citation: '15 CFR 744.11(a)(1); Supp. No. 3 to Part 732 (Red Flag 29)',
      text: `${who}. Do the listed owners together hold 50% or more of "${party.name}", directly or indirectly?`,
    })
    covered = answer === 'yes'
  }
  if (!covered) return
  ctx.reasons.push({
    step: STEP,
    code: 'PARTY_AFFILIATE',
    citation: '15 CFR 744.11(a)(1); 90 FR 47201',
    text: `${who}, together 50% or more: the owners' licence requirements apply to "${party.name}" (Affiliates Rule, ${rule.status}); no licence exceptions.`,
    effect: 'license',
  })
  ctx.requirements.push({ origin: 'party', code: 'PARTY_AFFILIATE', allowedExceptions: [] })
}
