/**
 * Hand-made Entity fixtures copied from real rows of the Consolidated Screening List of 2026-07-31
 * (shared/data/ear/screening-list.json; names, aliases, countries, licence requirement, review policy,
 * Federal Register citations and programmes verbatim). Used until the lead's engine is on main.
 */
import type { Entity, ListCode } from '../../model/entity.js'
import { entity } from '../../../test/support/fixtures.js'

type Row = { list: ListCode; id: string; name: string; aka?: string[]; countries: string[]; type?: Entity['type'] } & Partial<
  Pick<Entity, 'licenseRequirement' | 'licensePolicy' | 'federalRegister' | 'programs'>
>

const HUAWEI_FR = '84 FR 22963; 85 FR 29853; 85 FR 36720; 85 FR 51603; 85 FR 83769; 87 FR 6026; 87 FR 55250'

const ROWS: Row[] = [
  {
    list: 'EL',
    id: 'EL:huawei-hk',
    name: 'Huawei Technologies Co., Ltd.',
    countries: ['HK', 'CN'],
    licenseRequirement: 'For All Items Subject to the EAR (See §734.9(e)1, and §744.11 of the EAR)2.',
    licensePolicy: 'Presumption of denial',
    federalRegister: HUAWEI_FR.split('; '),
  },
  {
    list: 'EL',
    id: 'EL:smic-beijing',
    name: 'Semiconductor Manufacturing International (Beijing) Corporation',
    aka: ['SMIC Beijing'],
    countries: ['CN'],
    licenseRequirement: 'For all items subject to the EAR (See §§734.4(a)(9), 734.9(e)(3), and 744.11 of the EAR)5',
    licensePolicy: 'Presumption of denial',
    federalRegister: ['85 FR 83420', '89 FR 96837'],
  },
  {
    list: 'EL',
    id: 'EL:tsniimash',
    name: 'JSC Central Research Institute of Machine Building (JSC TsNIIMash)',
    countries: ['RU'],
    licenseRequirement:
      'All items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR). This license requirement may be overcome by License Exception GOV under § 740.11(b)(2) and (e).',
    licensePolicy:
      'Policy of denial for all items subject to the EAR apart from food and medicine designated as EAR99 and for items for U.S. Government supported use in the International Space Station (ISS), which will be reviewed on a case-by-case basis. See §§ 746.8(b) and 744.21(e).',
    federalRegister: ['87 FR 12240', '87 FR 13061', '87 FR 34136', '87 FR 38925'],
  },
  {
    list: 'EL',
    id: 'EL:rosneft-trade',
    name: 'Rosneft Trade Limited',
    aka: ['TNK Trade Limited'],
    countries: ['CY'],
    licenseRequirement: 'For all items subject to the EAR when used in projects specified in § 746.8(a)(4) of the EAR',
    licensePolicy: 'See § 746.8(b)(2) of the EAR',
    federalRegister: ['80 FR 52968', '89 FR 51653'],
  },
  { list: 'DPL', id: 'DPL:tsu', name: 'WILLIAM CHI-WAI TSU', countries: ['US'], type: 'person', federalRegister: ['76 F.R. 12023 3/4/11'] },
  { list: 'DPL', id: 'DPL:mahan', name: 'MAHAN AIRWAYS', countries: ['IR'] },
  { list: 'UVL', id: 'UVL:arctic-star', name: 'Arctic Star Co., Ltd.', countries: ['CN'] },
  {
    list: 'MEU',
    id: 'MEU:aaspt',
    name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
    countries: ['CN'],
    licenseRequirement: 'For any item subject to the EAR listed in supplement no. 2 to part 744.',
    licensePolicy:
      'The license application procedure and license review policy for entities specified in supplement no. 2 to part 744 is specified in §744.21(d) and (e).',
    federalRegister: ['85 FR 83799'],
  },
  {
    list: 'CMIC',
    id: 'CMIC:30882',
    name: 'China Telecom Corporation Limited',
    aka: ['CHINA TELECOM', 'CHINA TELECOM CO., LTD', 'CHINA TELECOM CORP LTD'],
    countries: ['CN'],
    programs: ['CMIC-EO13959'],
  },
  {
    list: 'SDN',
    id: 'SDN:9749',
    name: 'LIMMT ECONOMIC AND TRADE COMPANY, LTD.',
    aka: ['LIMMT (DALIAN) METALLURGY AND MINERALS CO., LTD.', 'DALIAN SUNNY INDUSTRY & TRADE CO., LTD.'],
    countries: ['CN'],
    programs: ['NPWMD', 'IFSR'],
  },
  { list: 'SDN', id: 'SDN:36', name: 'AEROCARIBBEAN AIRLINES', aka: ['AERO-CARIBBEAN'], countries: ['CU'], programs: ['CUBA'] },
]

export const FIXTURE_ENTITIES: readonly Entity[] = ROWS.map((r) =>
  entity({
    id: r.id,
    list: r.list,
    name: r.name,
    type: r.type ?? 'organization',
    names: [
      { value: r.name, kind: 'primary', script: 'Latn' },
      ...(r.aka ?? []).map((value) => ({ value, kind: 'aka' as const, script: 'Latn' as const })),
    ],
    countries: r.countries,
    programs: r.programs ?? [],
    federalRegister: r.federalRegister ?? [],
    ...(r.licenseRequirement ? { licenseRequirement: r.licenseRequirement } : {}),
    ...(r.licensePolicy ? { licensePolicy: r.licensePolicy } : {}),
  }),
)
