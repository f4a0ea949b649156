import type { Entity } from '../model/entity.js'
import type { CmicSecurities } from './types.js'

/**
 * When each NS-CMIC entry was listed. The CSL carries no listing dates, so the dates come from the orders:
 * the 59 Annex entities of EO 14032 (listed 2021-06-03; OFAC entity numbers 30882-32153 in the CSL, which
 * is the Annex count) and the December 2021 identifications. Batch membership is inferred, hence [verify].
 */
export interface CmicBatch {
  listedOn: string
  source: string
  /** CSL entity numbers (the Entity sourceId) in the batch. */
  sourceIds: readonly string[]
  verified: boolean
}

// One line per 15 entity numbers; split at run time (a formatter would put each on its own line).
const ANNEX_IDS = `
30882 30902 30923 30924 30925 30926 30927 30928 30929 30930 30932 30933 30934 30936 30937
30938 30939 30942 30944 30946 30947 30949 30950 30951 30954 30956 30957 30958 30959 32028
32052 32053 32055 32056 32069 32072 32073 32077 32078 32079 32082 32084 32085 32087 32088
32089 32090 32091 32100 32101 32102 32103 32106 32107 32128 32129 32130 32131 32153`
  .trim()
  .split(/\s+/)

export const CMIC_BATCHES: readonly CmicBatch[] = [
  { listedOn: '2021-06-03', source: 'EO 14032 Annex (86 FR 30145)', sourceIds: ANNEX_IDS, verified: false },
  {
    listedOn: '2021-12-10',
    source: 'OFAC identification of SenseTime Group Limited',
    sourceIds: ['33114'],
    verified: false,
  },
  {
    listedOn: '2021-12-16',
    source:
      'OFAC identification of eight technology companies (DJI, Megvii, Cloudwalk, Dawning, Yitu, Leon, NetPosa, Meiya Pico)',
    sourceIds: ['33091', '33111', '33112', '33113', '33893', '33894', '33895', '33896'],
    verified: false,
  },
]

export const PURCHASE_BAR_DAYS = 60
export const DIVEST_DAYS = 365
const CITATION = 'EO 13959 as amended by EO 14032 §1; 31 CFR part 586'

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * The securities restriction on one NS-CMIC company on a date: purchases and sales of its publicly traded
 * securities (and securities derived from them) are barred from 60 days after listing, sales solely to divest
 * are allowed until 365 days after listing; holding is not itself prohibited. No 50 % rule (regs.md §4.5).
 */
export function cmicSecurities(
  e: Entity,
  asOf: string,
  listedOverride?: string,
  batches: readonly CmicBatch[] = CMIC_BATCHES,
): CmicSecurities & { citation: string } {
  const batch = batches.find((b) => b.sourceIds.includes(e.sourceId))
  const listedOn = listedOverride ?? e.listedOn ?? batch?.listedOn
  const listingSource = listedOverride
    ? 'listing date given by the user'
    : e.listedOn
      ? 'listing date from the list data'
      : (batch?.source ?? 'not in the list data')
  const base = { entityId: e.id, name: e.name, listingSource, citation: CITATION }
  if (!listedOn) {
    return {
      ...base,
      state: 'listing-date-unknown',
      text: `${e.name} is on the NS-CMIC list; purchases of its publicly traded securities are barred from ${PURCHASE_BAR_DAYS} days after its listing, divestment sales allowed until ${DIVEST_DAYS} days after - the listing date is not in the data (give it to compute the dates)`,
    }
  }
  const bar = addDays(listedOn, PURCHASE_BAR_DAYS)
  const divest = addDays(listedOn, DIVEST_DAYS)
  const state = asOf < bar ? 'before-bar' : asOf <= divest ? 'divest-window' : 'after-divest-window'
  const now = {
    'before-bar': `purchases are still allowed until ${bar}; from then they are barred`,
    'divest-window': `purchases are barred since ${bar}; sales solely to divest are allowed until ${divest}`,
    'after-divest-window': `purchases and sales are barred (since ${bar}; the divestment window closed ${divest}); holding is not itself prohibited`,
  }[state]
  const out: CmicSecurities & { citation: string } = {
    ...base,
    listedOn,
    purchasesBarredFrom: bar,
    divestOnlyUntil: divest,
    state,
    text: `${e.name} is on the NS-CMIC list since ${listedOn} (${listingSource}): on ${asOf} ${now}. This covers securities derived from or giving exposure to them (ETFs, index funds, ADRs, options); subsidiaries are covered only if listed themselves`,
  }
  if (!listedOverride && !e.listedOn && batch && !batch.verified)
    out.verify = `[verify] listing date inferred from the ${batch.source} batch by CSL entity number`
  return out
}
