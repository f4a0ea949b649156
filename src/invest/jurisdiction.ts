import { withVerify } from './covered-person.js'
import type { InvestmentInput } from './input.js'
import type { InvestRules } from './program-data.js'
import type { Reason, RuleNote } from './types.js'

/** Part 850 binds U.S. persons (and, through them, their controlled foreign entities). */
export function investorCovered(input: InvestmentInput, reasons: Reason[]): boolean {
  const status = input.investorStatus
  const who = input.investor ?? 'the investor'
  if (status === 'foreign') {
    reasons.push({
      code: 'NOT_US_PERSON',
      citation: '31 CFR 850.229',
      text: `${who} is not a U.S. person: part 850 does not bind it`,
      verify: '[verify] §850.229 section number',
    })
    return false
  }
  if (status === 'controlled-foreign-entity')
    reasons.push({
      code: 'CONTROLLED_FOREIGN_ENTITY',
      citation: '31 CFR 850.302',
      text: `${who} is a controlled foreign entity of a U.S. person: the U.S. parent must take reasonable steps to prevent a prohibited transaction and must notify a notifiable one`,
      verify: '[verify] §850.302 section number',
    })
  else if (status === undefined)
    reasons.push({
      code: 'ASSUMED_US_PERSON',
      citation: '31 CFR 850.229',
      text: `${who} is taken to be a U.S. person (citizen, permanent resident, U.S. entity or its foreign branch, or anyone in the United States)`,
    })
  return true
}

/** Is the target a person of a country of concern (by location, or as stated by ownership or seat)? */
export function countryOfConcern(
  input: InvestmentInput,
  rules: InvestRules,
  reasons: Reason[],
  used: RuleNote[],
): boolean {
  const coc = rules.countriesOfConcern
  used.push(coc)
  if (coc.codes.includes(input.country)) {
    reasons.push({
      code: 'COUNTRY_OF_CONCERN',
      citation: 'EO 14105 Annex; 31 CFR 850.221',
      text: `${input.target} is in ${input.country}, part of the country of concern (${coc.codes.join(', ')}): a person of a country of concern`,
    })
    return true
  }
  if (input.cocOwned) {
    reasons.push({
      code: 'PERSON_OF_COUNTRY_OF_CONCERN',
      citation: '31 CFR 850.221',
      text: `${input.target} (${input.country}) is majority-owned by, or organised or headquartered in, the country of concern (as stated): a person of a country of concern`,
      verify: '[verify] §850.221 section number',
    })
    return true
  }
  if (rules.coins.countries.includes(input.country)) {
    used.push(rules.coins)
    reasons.push({
      code: 'COINS_PENDING',
      citation: 'FY2026 NDAA, COINS Act',
      text: `${input.country} becomes a country of concern under the COINS Act (signed ${rules.coins.signed}) once Treasury's implementing regulations issue (due about ${rules.coins.regulationsDue}); part 850 does not yet cover it`,
      ...withVerify(rules.coins),
    })
  }
  reasons.push({
    code: 'NOT_COUNTRY_OF_CONCERN',
    citation: 'EO 14105 Annex; 31 CFR 850.221',
    text: `${input.country} is not a country of concern, and ${input.target} is not stated to be owned by or based in one (say so if it is majority-owned by PRC persons or headquartered in the PRC)`,
  })
  return false
}
