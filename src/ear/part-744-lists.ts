/**
 * Small tables of Part 744 that the bundled data does not carry, each with its source.
 */

/**
 * Supplement No. 2 to Part 744: items subject to the military end-use / end-user rule (§ 744.21) for Burma,
 * Cambodia, China, Nicaragua and Venezuela, and to MEU-list parties. 52 ECCNs, as transcribed from the eCFR
 * of 2026-09-24 (EyeWarnYou ear-derived.json, via shared/research/regs.md § 1.4).
 */
export const SUPP_2_TO_PART_744: ReadonlySet<string> = new Set(
  (
    '1A290 1C990 1C996 1D993 1D999 1E994 2A290 2A291 2A991 2B991 2B992 2B996 2B999 ' +
    '2D290 3A991 3A992 3A999 3B991 3B992 3C992 3D991 3E991 4A994 4D993 4D994 5A991 ' +
    '5B991 5D991 5E991 5A992 5D992 6A991 6A993 6A995 6A996 6C992 7A994 7B994 7D994 ' +
    '7E994 8A992 8D992 8E992 9A012 9A991 9B990 9D001 9D002 9D004 9D991 9E001 9E991 '
  )
    .trim()
    .split(' '),
)

/** § 744.21(a): destinations of the military end-use rule; Russia and Belarus for all items subject to the EAR. */
export const MILITARY_END_USE_SUPP2 = ['MM', 'KH', 'CN', 'NI', 'VE'] as const
export const MILITARY_END_USE_ALL_ITEMS = ['RU', 'BY'] as const

/**
 * § 744.22: military-intelligence end uses and end users — Belarus, Burma, Cambodia, China, Russia,
 * Venezuela, and Country Groups E:1 and E:2 (IFR of Jan. 2021, FR Doc 2021-00977) [verify: Nicaragua].
 */
export const MILITARY_INTELLIGENCE = ['BY', 'MM', 'KH', 'CN', 'RU', 'VE', 'NI'] as const

/**
 * § 744.8 as revised by 89 FR 20107 (Mar. 21, 2024): SDN programme tags whose designees need a licence for
 * all items subject to the EAR (presumption of denial, no licence exceptions). The narcotics programmes are
 * from practitioner summaries of the rule [verify ILLICIT-DRUGS-EO14059 against § 744.8(a)].
 */
export const SDN_744_8_PROGRAMS: ReadonlySet<string> = new Set([
  'BELARUS',
  'BELARUS-EO14038',
  'RUSSIA-EO14024',
  'UKRAINE-EO13660',
  'UKRAINE-EO13661',
  'UKRAINE-EO13662',
  'UKRAINE-EO13685',
  'FTO',
  'SDGT',
  'NPWMD',
  'SDNT',
  'SDNTK',
  'TCO',
  'ILLICIT-DRUGS-EO14059',
])
