/**
 * The EAR scenario suite: each case names the regulation it rests on (`rests`), the expected decision and
 * the citations its decisive reasons must carry. Parties are real CSL rows (fixture-entities.ts). Default
 * `asOf` is 2026-11-29 (the day the research was done); dated-rule cases set their own.
 */
import type { Decision, DetermineInput } from '../types.js'

export interface Scenario {
  name: string
  /** The regulation the expected answer rests on. */
  rests: string
  input: DetermineInput
  decision: Decision
  /** Each must appear in the citation of a decisive reason (licence, prohibition, condition or question). */
  citations?: string[]
  codes?: string[]
  absentCodes?: string[]
  /** Licence-exception symbols that must be offered; `[]` = none may be. */
  exceptions?: string[]
  questions?: string[]
  dated?: Record<string, boolean>
  /** Set when the expected answer depends on the fixture matcher's scores (possible-match cases): why. */
  fixtureOnly?: string
}

const cosmetics = { name: 'Shanghai Meili Cosmetics Trading Co., Ltd.', country: 'CN' }
const huawei = { name: 'Huawei Technologies Co., Ltd.', country: 'CN' }
const newco = (percent?: number) => ({
  name: 'Shenzhen Xinchuang Components Ltd.',
  country: 'CN',
  owners: [{ name: 'Huawei Technologies Co., Ltd.', ...(percent === undefined ? {} : { percent }) }],
})

export const SCENARIOS: Scenario[] = [
  // --- Everyday trade: EAR99 and AT-only items to China -------------------------------------------------
  { name: 'EAR99 cosmetics to a Shanghai distributor', rests: '15 CFR 734.3(c); 738.4', input: { eccn: 'EAR99', to: 'CN', parties: [cosmetics] }, decision: 'NLR', codes: ['PARTY_CLEAR', 'CCL_EAR99', 'EMBARGO_NONE'] },
  { name: 'EAR99 to China, no parties named: NLR that says it screened nobody', rests: '15 CFR 744.1', input: { eccn: 'EAR99', to: 'China' }, decision: 'NLR', codes: ['PARTIES_NONE', 'END_USE_NONE_GIVEN'] },
  { name: 'AT-only 5A992.c (mass-market encryption) to China', rests: '15 CFR 738.4; AT columns have no X', input: { eccn: '5A992.c', to: 'CN' }, decision: 'NLR', codes: ['CCL_NO_X'] },
  { name: 'AT-only 4A994 computer to China', rests: '15 CFR 738.4', input: { eccn: '4A994', to: 'CN', parties: [cosmetics] }, decision: 'NLR' },
  { name: 'AT-only 3A991 electronics to Hong Kong (China row)', rests: '85 FR 83765; 15 CFR 738.4', input: { eccn: '3A991', to: 'HK' }, decision: 'NLR', codes: ['DESTINATION_PARENT_ROW'] },
  { name: 'AT-only entry with no table in the source (2A994) to Germany', rests: '15 CFR 738.4 (AT Column 1 has no X)', input: { eccn: '2A994', to: 'DE' }, decision: 'NLR' },

  // --- Entity List, DPL, UVL, MEU, SDN, NS-CMIC (Part 744, GP4) ----------------------------------------
  { name: 'EAR99 to Huawei Technologies', rests: '15 CFR 744.11; Supp. 4 to Part 744', input: { eccn: 'EAR99', to: 'CN', parties: [huawei] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11'], codes: ['PARTY_EL'], exceptions: [] },
  { name: 'EAR99 to a misspelled Huawei ("Huawei Technolgies Co Ltd")', rests: '15 CFR 744.11', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Huawei Technolgies Co Ltd' }] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11'] },
  { fixtureOnly: 'the score of "Hauwei" falls between threshold and strong match only under the fixture matcher', name: 'EAR99 to "Hauwei Technologies": possible match, review', rests: "15 CFR 744.11; Supp. 3 to Part 732 ('Know Your Customer')", input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Hauwei Technologies' }] }, decision: 'INCOMPLETE', questions: ['match:EL:huawei-hk'], absentCodes: ['PARTY_EL'] },
  { fixtureOnly: 'the score of "Hauwei" falls between threshold and strong match only under the fixture matcher', name: 'possible Huawei match confirmed', rests: '15 CFR 744.11', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Hauwei Technologies' }], answers: { 'match:EL:huawei-hk': 'yes' } }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11'] },
  { fixtureOnly: 'the score of "Hauwei" falls between threshold and strong match only under the fixture matcher', name: 'possible Huawei match ruled out', rests: '15 CFR 744.11', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Hauwei Technologies' }], answers: { 'match:EL:huawei-hk': 'no' } }, decision: 'NLR' },
  { name: 'AT-only 5A992.c to Huawei still needs a licence', rests: '15 CFR 744.11', input: { eccn: '5A992.c', to: 'CN', parties: [huawei] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11'], exceptions: [] },
  { name: 'EAR99 to a Denied Person', rests: '15 CFR 736.2(b)(4) (GP4); Part 764', input: { eccn: 'EAR99', to: 'CA', parties: [{ name: 'William Chi-Wai Tsu' }] }, decision: 'PROHIBITED', citations: ['15 CFR 736.2(b)(4)'], exceptions: [] },
  { name: 'Denied Person with a licensable item: still PROHIBITED', rests: '15 CFR 736.2(b)(4)', input: { eccn: '1C350', to: 'CN', parties: [{ name: 'Mahan Airways' }] }, decision: 'PROHIBITED', citations: ['15 CFR 736.2(b)(4)'] },
  { name: 'EAR99 to an Unverified List party: NLR with the § 744.15 condition', rests: '15 CFR 744.15; 740.2(a)(17)', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Arctic Star Co., Ltd.', country: 'CN' }] }, decision: 'NLR', citations: ['15 CFR 744.15'], codes: ['PARTY_UVL'] },
  { name: 'UVL party bars licence exceptions for a CCL licence', rests: '15 CFR 740.2(a)(17)', input: { eccn: '1C350', to: 'CN', parties: [{ name: 'Arctic Star Co., Ltd.' }] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.2'], codes: ['LE_BARRED'], exceptions: [] },
  { name: 'Supp. 2 item (4A994) to an MEU-listed party', rests: '15 CFR 744.21; Supp. 2 and 7 to Part 744', input: { eccn: '4A994', to: 'CN', parties: [{ name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)' }] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.21'], exceptions: ['GOV'] },
  { name: 'EAR99 to an MEU-listed party: outside Supp. 2', rests: '15 CFR 744.21', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)' }] }, decision: 'NLR', codes: ['PARTY_MEU_OUT_OF_SCOPE'] },
  { name: 'EAR99 to an NS-CMIC company: not an export restriction', rests: '31 CFR part 586; E.O. 13959/14032', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'China Telecom Corporation Limited' }] }, decision: 'NLR', codes: ['PARTY_CMIC'] },
  { name: 'EAR99 to an NPWMD SDN', rests: '15 CFR 744.8 (89 FR 20107)', input: { eccn: 'EAR99', to: 'CN', parties: [{ name: 'LIMMT Economic and Trade Company, Ltd.' }] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.8'], exceptions: [] },
  { name: 'EAR99 to a Cuba-programme SDN in Spain: OFAC, not § 744.8', rests: '31 CFR part 515 (OFAC blocking)', input: { eccn: 'EAR99', to: 'ES', parties: [{ name: 'Aerocaribbean Airlines' }] }, decision: 'LICENSE_REQUIRED', citations: ['31 CFR chapter V'], codes: ['PARTY_SDN_OFAC'], absentCodes: ['PARTY_SDN_744_8'] },
  { name: 'Footnote-5 entity (SMIC) with 3B993: § 742.6(a)(11) and § 744.11', rests: '15 CFR 742.6(a)(11); 744.11', input: { eccn: '3B993', to: 'CN', parties: [{ name: 'SMIC Beijing' }] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11', '15 CFR 742.6(a)(11)'] },
  { name: 'Entity List entry naming License Exception GOV', rests: '15 CFR 744.11; 740.11', input: { eccn: 'EAR99', to: 'RU', parties: [{ name: 'JSC Central Research Institute of Machine Building (JSC TsNIIMash)' }], answers: { 'ru-by-ear99': 'no' } }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.11'], exceptions: ['GOV'] },
  { name: 'Entity List entry limited to § 746.8(a)(4) projects: asks', rests: '15 CFR 744.11; 746.8(a)(4)', input: { eccn: 'EAR99', to: 'CY', parties: [{ name: 'Rosneft Trade Limited', country: 'CY' }] }, decision: 'INCOMPLETE', questions: ['el-scope:EL:rosneft-trade'] },

  // --- CCL x Country Chart (GP1) ---------------------------------------------------------------------
  { name: '1C350 precursor to Germany', rests: '15 CFR 742.2; CB Column 2', input: { eccn: '1C350', to: 'DE' }, decision: 'NLR' },
  { name: '1C350 precursor to China', rests: '15 CFR 742.2; CB Column 2', input: { eccn: '1C350', to: 'CN' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.2'] },
  { name: '1C350 to the United Kingdom (CB 1 only)', rests: '15 CFR 742.2', input: { eccn: '1C350', to: 'GB' }, decision: 'NLR' },
  { name: '1C350 to Liechtenstein (Switzerland row)', rests: 'Supp. 1 to Part 738, footnote 5', input: { eccn: '1C350', to: 'LI' }, decision: 'NLR', codes: ['DESTINATION_PARENT_ROW'] },
  { name: 'NS 2 machine tool 2B001 to Germany', rests: '15 CFR 742.4; NS Column 2', input: { eccn: '2B001', to: 'DE' }, decision: 'NLR' },
  { name: 'NS 2 item 3B001.b to Brazil: GBS and LVS candidates', rests: '15 CFR 742.4; 740.3; 740.4', input: { eccn: '3B001.b', to: 'BR' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.4'], exceptions: ['GBS', 'LVS'] },
  { name: '2B001 to India: NP row in words asks', rests: '15 CFR 742.3; NP Column 1', input: { eccn: '2B001', to: 'IN' }, decision: 'INCOMPLETE', questions: ['row:2B001:1'] },
  { name: '2B001 to India, NP row answered no', rests: '15 CFR 742.3', input: { eccn: '2B001', to: 'IN', answers: { 'row:2B001:1': 'no' } }, decision: 'NLR' },
  { name: '0A501.a firearm to Japan: NS 1 and RS 1; STA candidate', rests: '15 CFR 742.4; 742.6; 740.20', input: { eccn: '0A501.a', to: 'JP' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.4', '15 CFR 742.6'], exceptions: ['STA'] },
  { name: '0A501.a firearm to Australia: Chart footnote 10', rests: 'Supp. 1 to Part 738, footnote 10', input: { eccn: '0A501.a', to: 'AU' }, decision: 'LICENSE_REQUIRED', citations: ['footnote 10'] },
  { name: '0A501.a firearm to Iraq: UN arms embargo row', rests: '15 CFR 746.1(b)', input: { eccn: '0A501.a', to: 'IQ' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.1(b)'] },
  { name: '9A515.y to China: named-country row', rests: '15 CFR 742.6(a)(7)', input: { eccn: '9A515.y', to: 'CN' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(7)'] },
  { name: '9A515.y to Germany', rests: '15 CFR 742.6(a)(7)', input: { eccn: '9A515.y', to: 'DE' }, decision: 'NLR' },
  { name: '5A002.a encryption to Germany: NS 1 and EI; ENC candidate', rests: '15 CFR 742.4; 742.15; 740.17', input: { eccn: '5A002.a', to: 'DE' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.15'], exceptions: ['ENC'] },
  { name: '5A002.a encryption to Canada', rests: '15 CFR 742.15(a) (all destinations except Canada)', input: { eccn: '5A002.a', to: 'CA' }, decision: 'NLR' },
  { name: '6A003.b.4.b camera to India: Chart footnote 7', rests: 'Supp. 1 to Part 738, footnote 7', input: { eccn: '6A003.b.4.b', to: 'IN' }, decision: 'LICENSE_REQUIRED', citations: ['footnote 7'] },
  { name: '0A983 torture implements to Canada: every destination', rests: '15 CFR 738.3(a)(1)', input: { eccn: '0A983', to: 'CA' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 738.3(a)(1)'], exceptions: [] },
  { name: '0A002 points to the ITAR', rests: '15 CFR 734.3(b)(1); 22 CFR 123.1', input: { eccn: '0A002', to: 'DE' }, decision: 'LICENSE_REQUIRED', citations: ['22 CFR 123.1'], codes: ['SUBJECT_ITAR'] },
  { name: '0A981 has no table in the source: asks', rests: 'Supp. 1 to Part 774', input: { eccn: '0A981', to: 'DE' }, decision: 'INCOMPLETE', questions: ['row:0A981:entry'] },

  // --- Advanced computing and semiconductor manufacturing (§ 742.6(a)(6), § 742.4(a)(4)-(5)) ----------
  { name: '3A090.a to Macau', rests: '15 CFR 742.6(a)(6); Macau is named, not D:5', input: { eccn: '3A090.a', to: 'MO' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(6)(iii)(A)'], exceptions: ['NAC'] },
  { name: '3A090.a to China', rests: '15 CFR 742.6(a)(6)', input: { eccn: '3A090.a', to: 'CN' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(6)(iii)(A)'] },
  { name: '3A090.a to Hong Kong', rests: '15 CFR 742.6(a)(6); 85 FR 83765', input: { eccn: '3A090.a', to: 'Hong Kong' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(6)(iii)(A)'] },
  { name: '3A090.c HBM to Macau', rests: '15 CFR 742.6(a)(6)(i)(B)', input: { eccn: '3A090.c', to: 'MO' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(6)(i)(B)'], exceptions: ['HBM'] },
  { name: '3A090.b to the UAE (named in the formula)', rests: '15 CFR 742.6(a)(6)(iii)(B)', input: { eccn: '3A090.b', to: 'AE' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(6)(iii)(B)'] },
  { name: '3A090.a to Saudi Arabia (D:4, not A:5/A:6)', rests: '15 CFR 742.6(a)(6)', input: { eccn: '3A090.a', to: 'SA' }, decision: 'LICENSE_REQUIRED', exceptions: ['ACA'] },
  { name: '3A090.a to Israel (D:4 but A:6)', rests: '15 CFR 742.6(a)(6)', input: { eccn: '3A090.a', to: 'IL' }, decision: 'NLR' },
  { name: '3A090 without a paragraph to China: asks which', rests: '15 CFR 742.6(a)(6)', input: { eccn: '3A090', to: 'CN' }, decision: 'INCOMPLETE', questions: ['row:3A090:0', 'row:3A090:1', 'row:3A090:2'] },
  { name: '3B001.a.4 SME to Macau', rests: '15 CFR 742.4(a)(4)', input: { eccn: '3B001.a.4', to: 'MO' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.4(a)(4)'] },
  { name: '3B001.a.4 SME to Vietnam (not Macau or D:5)', rests: '15 CFR 742.4(a)(4)', input: { eccn: '3B001.a.4', to: 'VN' }, decision: 'NLR' },
  { name: '3B001.c.1.a etcher to Germany: worldwide control, IEC candidate', rests: '15 CFR 742.4(a)(5); 740.24', input: { eccn: '3B001.c.1.a', to: 'DE' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.4(a)(5)'], exceptions: ['IEC'] },

  // --- Embargoes and sanctioned destinations (Part 746, GP6) -------------------------------------------
  { name: '5A992.c to Cuba', rests: '15 CFR 746.2', input: { eccn: '5A992.c', to: 'CU' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.2'] },
  { name: 'EAR99 to Cuba', rests: '15 CFR 746.2', input: { eccn: 'EAR99', to: 'Cuba' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.2'], exceptions: ['AGR', 'GFT'] },
  { name: 'EAR99 to Iran: OFAC ITSR', rests: '15 CFR 746.7; 31 CFR 560.204', input: { eccn: 'EAR99', to: 'IR' }, decision: 'LICENSE_REQUIRED', citations: ['31 CFR 560.204'], exceptions: [] },
  { name: '5A992.c to North Korea', rests: '15 CFR 746.4', input: { eccn: '5A992.c', to: 'KP' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.4'] },
  { name: 'EAR99 to North Korea: food or medicine?', rests: '15 CFR 746.4', input: { eccn: 'EAR99', to: 'North Korea' }, decision: 'INCOMPLETE', questions: ['food-medicine'] },
  { name: 'EAR99 medicine to North Korea', rests: '15 CFR 746.4', input: { eccn: 'EAR99', to: 'KP', answers: { 'food-medicine': 'yes' } }, decision: 'NLR' },
  { name: 'EAR99 to Syria after the 2025 rule: SPP', rests: '15 CFR 746.9; 740.5', input: { eccn: 'EAR99', to: 'SY' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.9'], exceptions: ['SPP'], dated: { 'syria-2025': true } },
  { name: 'EAR99 to Syria before 2025-09-02: food or medicine?', rests: '15 CFR 746.9 (before FR Doc 2025-16724)', input: { eccn: 'EAR99', to: 'SY', asOf: '2025-06-01' }, decision: 'INCOMPLETE', questions: ['food-medicine'], dated: { 'syria-2025': false } },
  { name: '2B001 machine tool to Belarus', rests: '15 CFR 746.8', input: { eccn: '2B001', to: 'BY' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.8', '15 CFR 742.4'], exceptions: [] },
  { name: 'AT-only 4A994 to Russia: every CCL item', rests: '15 CFR 746.8(a)', input: { eccn: '4A994', to: 'RU' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.8'] },
  { name: 'EAR99 to Russia: on an HTS list?', rests: '15 CFR 746.8; Supps. 2, 4-6 to Part 746', input: { eccn: 'EAR99', to: 'Russian Federation' }, decision: 'INCOMPLETE', questions: ['ru-by-ear99'] },
  { name: 'EAR99 luxury goods to Russia (on Supp. 5)', rests: '15 CFR 746.8', input: { eccn: 'EAR99', to: 'RU', answers: { 'ru-by-ear99': 'yes' } }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.8'] },
  { name: 'EAR99 to Crimea: food or medicine?', rests: '15 CFR 746.6', input: { eccn: 'EAR99', to: 'UA', region: 'crimea' }, decision: 'INCOMPLETE', questions: ['food-medicine'] },
  { name: 'EAR99 machinery to Crimea', rests: '15 CFR 746.6', input: { eccn: 'EAR99', to: 'UA', region: 'Crimea', answers: { 'food-medicine': 'no' } }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.6'] },
  { name: '5A992.c to the so-called DNR', rests: '15 CFR 746.6', input: { eccn: '5A992.c', to: 'UA', region: 'dnr' }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 746.6'] },
  { name: 'EAR99 to Ukraine, region not said: asks', rests: '15 CFR 746.6', input: { eccn: 'EAR99', to: 'UA' }, decision: 'INCOMPLETE', questions: ['region'] },
  { name: 'EAR99 to Kyiv (outside the regions)', rests: '15 CFR 746.6', input: { eccn: 'EAR99', to: 'UA', region: 'none' }, decision: 'NLR' },

  // --- End uses (GP5; §§ 744.2-744.4, 744.21-744.23) ---------------------------------------------------
  { name: 'EAR99 for a nuclear end use in Germany', rests: '15 CFR 744.2', input: { eccn: 'EAR99', to: 'DE', endUses: ['nuclear'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.2'], exceptions: [] },
  { name: 'EAR99 for a missile end use in India', rests: '15 CFR 744.3', input: { eccn: 'EAR99', to: 'IN', endUses: ['missile'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.3'] },
  { name: 'EAR99 for a chemical-weapons end use in Singapore', rests: '15 CFR 744.4', input: { eccn: 'EAR99', to: 'SG', endUses: ['chem-bio'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.4'] },
  { name: 'Supp. 2 item 4A994 for a military end use in China', rests: '15 CFR 744.21', input: { eccn: '4A994', to: 'CN', endUses: ['military'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.21'] },
  { name: 'EAR99 for a military end use in China: not Supp. 2', rests: '15 CFR 744.21', input: { eccn: 'EAR99', to: 'CN', endUses: ['military'] }, decision: 'NLR', codes: ['END_USE_MILITARY_NOT_CONTROLLED'] },
  { name: 'Supp. 2 item 4A994 for a military end use in Venezuela', rests: '15 CFR 744.21', input: { eccn: '4A994', to: 'VE', endUses: ['military'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.21'] },
  { name: 'EAR99 for a military-intelligence end user in China', rests: '15 CFR 744.22', input: { eccn: 'EAR99', to: 'CN', endUses: ['military-intelligence'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.22'] },
  { name: 'military-intelligence end use in Germany: not a § 744.22 destination', rests: '15 CFR 744.22', input: { eccn: 'EAR99', to: 'DE', endUses: ['military-intelligence'] }, decision: 'NLR' },
  { name: 'EAR99 for a supercomputer in China', rests: '15 CFR 744.23', input: { eccn: 'EAR99', to: 'CN', endUses: ['supercomputer'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.23'] },
  { name: '3B991 for SME production in China', rests: '15 CFR 744.23', input: { eccn: '3B991', to: 'CN', endUses: ['sme'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.23'] },
  { name: '3A090.a to Singapore for a company headquartered in China', rests: '15 CFR 744.23', input: { eccn: '3A090.a', to: 'SG', endUses: ['ai-parent-d5'] }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 744.23'] },
  { name: 'declared no end use of concern', rests: 'Supp. 3 to Part 732', input: { eccn: 'EAR99', to: 'DE', endUses: ['none'] }, decision: 'NLR' },

  // --- Dated rules: Affiliates Rule and AI Diffusion -----------------------------------------------------
  { name: 'Huawei 60%-owned affiliate, 2025-10-15 (Affiliates Rule in force)', rests: '15 CFR 744.11(a)(1); 90 FR 47201', input: { eccn: 'EAR99', to: 'CN', parties: [newco(60)], asOf: '2025-10-15' }, decision: 'LICENSE_REQUIRED', citations: ['90 FR 47201'], codes: ['PARTY_AFFILIATE'], dated: { 'affiliates-rule': true } },
  { name: 'same affiliate, 2026-01-15 (suspended)', rests: '90 FR 50857', input: { eccn: 'EAR99', to: 'CN', parties: [newco(60)], asOf: '2026-01-15' }, decision: 'NLR', codes: ['PARTY_AFFILIATE_NOT_APPLIED'], dated: { 'affiliates-rule': false } },
  { name: 'same affiliate, 2026-11-29 (reimposed 2026-11-10 as scheduled)', rests: '90 FR 50857 (suspension through 2026-11-09)', input: { eccn: 'EAR99', to: 'CN', parties: [newco(60)] }, decision: 'LICENSE_REQUIRED', codes: ['PARTY_AFFILIATE'], dated: { 'affiliates-rule': true } },
  { name: 'same affiliate, 2026-11-29 with the rule switched off', rests: 'switchable dated rule', input: { eccn: 'EAR99', to: 'CN', parties: [newco(60)], rules: { 'affiliates-rule': 'off' } }, decision: 'NLR', dated: { 'affiliates-rule': false } },
  { name: '30% Huawei-owned company: below 50%', rests: '15 CFR 744.11(a)(1)', input: { eccn: 'EAR99', to: 'CN', parties: [newco(30)], asOf: '2025-10-15' }, decision: 'NLR' },
  { name: 'Huawei-owned, share unknown: Red Flag 29 asks', rests: 'Supp. 3 to Part 732, Red Flag 29', input: { eccn: 'EAR99', to: 'CN', parties: [newco()], asOf: '2025-10-15' }, decision: 'INCOMPLETE', questions: ['ownership:Shenzhen Xinchuang Components Ltd.'] },
  { name: '3A090.a to Germany: AI Diffusion wording not applied', rests: '15 CFR 742.6(a)(6)(iii)(A); BIS 2025-05-13', input: { eccn: '3A090.a', to: 'DE' }, decision: 'NLR', dated: { 'ai-diffusion': false } },
  { name: '3A090.a to Germany with the AI Diffusion wording switched on: AIA', rests: '90 FR 4544; 740.27', input: { eccn: '3A090.a', to: 'DE', rules: { 'ai-diffusion': 'on' } }, decision: 'LICENSE_REQUIRED', exceptions: ['AIA'], dated: { 'ai-diffusion': true } },
  { name: '4E091 model weights to China, wording not applied', rests: '15 CFR 742.6(a)(13); BIS 2025-05-13', input: { eccn: '4E091', to: 'CN' }, decision: 'NLR', dated: { 'ai-diffusion': false } },
  { name: '4E091 model weights to China, wording applied', rests: '15 CFR 742.6(a)(13)', input: { eccn: '4E091', to: 'CN', rules: { 'ai-diffusion': 'on' } }, decision: 'LICENSE_REQUIRED', citations: ['15 CFR 742.6(a)(13)'] },
]
