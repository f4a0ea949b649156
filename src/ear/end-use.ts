/**
 * End-use codes: what the exporter knows the item will be used for (Part 744 end-use controls, General
 * Prohibition 5). The vocabulary is ours; each code names the section it rests on. Paragraph letters of
 * § 744.23 were reorganised several times since 2022, so it is cited at section level [verify paragraphs].
 */
import type { Destination } from './destination.js'
import type { Item } from './item.js'
import {
  MILITARY_END_USE_ALL_ITEMS,
  MILITARY_END_USE_SUPP2,
  MILITARY_INTELLIGENCE,
  SUPP_2_TO_PART_744,
} from './part-744-lists.js'

export interface EndUseCode {
  code: string
  title: string
  citation: string
  /** Which items need a licence for this end use at this destination; undefined = none. */
  covers(item: Item, dest: Destination): string | undefined
}

const macauOrD5 = (d: Destination) => d.code === 'MO' || d.rowCode === 'MO' || d.groups.has('D:5')
const ADVANCED_COMPUTING = new Set([
  '3A001',
  '4A003',
  '4A004',
  '4A005',
  '5A002',
  '5A004',
  '5A992',
  '5D002',
  '5D992',
])
const isAdvancedComputing = (item: Item) =>
  item.kind === 'eccn' &&
  (item.eccn === '3A090' ||
    item.eccn === '4A090' ||
    (ADVANCED_COMPUTING.has(item.eccn) && item.paragraph[0] === 'z'))
const inList = (codes: readonly string[], d: Destination) =>
  codes.includes(d.code) || codes.includes(d.rowCode)

export const END_USE_CODES: readonly EndUseCode[] = [
  {
    code: 'nuclear',
    title: 'nuclear explosive, unsafeguarded nuclear or listed nuclear fuel-cycle activities',
    citation: '15 CFR 744.2',
    covers: () => 'all items subject to the EAR',
  },
  {
    code: 'missile',
    title: 'rocket systems or unmanned aerial vehicles for delivering weapons of mass destruction',
    citation: '15 CFR 744.3',
    covers: () => 'all items subject to the EAR',
  },
  {
    code: 'chem-bio',
    title: 'design, development, production, stockpiling or use of chemical or biological weapons',
    citation: '15 CFR 744.4',
    covers: () => 'all items subject to the EAR',
  },
  {
    code: 'military',
    title: "a 'military end use' or 'military end user'",
    citation: '15 CFR 744.21',
    covers: (item, d) => {
      if (inList(MILITARY_END_USE_ALL_ITEMS, d)) return 'all items subject to the EAR'
      if (inList(MILITARY_END_USE_SUPP2, d) && item.kind === 'eccn' && SUPP_2_TO_PART_744.has(item.eccn))
        return 'items in Supp. No. 2 to Part 744'
      return undefined
    },
  },
  {
    code: 'military-intelligence',
    title: "a 'military-intelligence end use' or 'end user'",
    citation: '15 CFR 744.22',
    covers: (_, d) =>
      inList(MILITARY_INTELLIGENCE, d) || d.groups.has('E:1') || d.groups.has('E:2')
        ? 'all items subject to the EAR'
        : undefined,
  },
  {
    code: 'supercomputer',
    title:
      "development, production, use or maintenance of a 'supercomputer' in or for Macau or Country Group D:5",
    citation: '15 CFR 744.23',
    covers: (_, d) => (macauOrD5(d) ? 'all items subject to the EAR [verify item scope]' : undefined),
  },
  {
    code: 'advanced-node-ic',
    title: "development or production of 'advanced-node integrated circuits' at a facility in Macau or D:5",
    citation: '15 CFR 744.23',
    covers: (item, d) =>
      macauOrD5(d) && item.kind === 'eccn' ? 'items on the CCL [verify item scope]' : undefined,
  },
  {
    code: 'sme',
    title: 'development or production of semiconductor manufacturing equipment or its parts in Macau or D:5',
    citation: '15 CFR 744.23',
    covers: (item, d) =>
      macauOrD5(d) && item.kind === 'eccn' ? 'items on the CCL [verify item scope]' : undefined,
  },
  {
    code: 'ai-parent-d5',
    title:
      'advanced-computing items for an entity headquartered in, or whose ultimate parent is in, Macau or D:5',
    citation: '15 CFR 744.23',
    covers: (item) =>
      isAdvancedComputing(item) ? '3A090, 4A090 and .z items, at any destination' : undefined,
  },
  {
    code: 'none',
    title: 'no end use of concern is known (the exporter has checked the red flags)',
    citation: 'Supp. No. 3 to Part 732',
    covers: () => undefined,
  },
]

export const endUseCode = (code: string): EndUseCode | undefined =>
  END_USE_CODES.find((c) => c.code === code.trim().toLowerCase())
