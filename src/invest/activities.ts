/**
 * The activity vocabulary: what a target does, in codes a user can pick, each mapped to its place in
 * 31 CFR part 850. §850.217 (notifiable) was checked against the eCFR text of June 2026; the §850.224
 * (prohibited) paragraph letters and thresholds come from regs.md §4.3, which marks them [verify].
 */
export type ActivityTier = 'prohibited' | 'notifiable' | 'not-covered'

export interface Activity {
  code: string
  sector: 'semiconductors' | 'quantum' | 'ai' | 'other'
  tier: ActivityTier
  label: string
  citation: string
  verified: boolean
  note?: string
}

const P224 = (p: string) => `31 CFR 850.224(${p})`
const N217 = (p: string) => `31 CFR 850.217(${p})`

export const ACTIVITIES: readonly Activity[] = [
  // Semiconductors and microelectronics
  {
    code: 'eda-software',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('a'),
    verified: false,
    label: 'develops or produces electronic design automation software for IC or advanced-package design',
  },
  {
    code: 'semiconductor-equipment',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('b'),
    verified: false,
    label:
      'develops or produces front-end fabrication equipment, advanced-packaging equipment or EUV-specific items',
  },
  {
    code: 'ic-design-advanced',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('c'),
    verified: false,
    label: 'designs ICs meeting ECCN 3A090.a or designed to operate at or below 4.5 K',
  },
  {
    code: 'ic-design',
    sector: 'semiconductors',
    tier: 'notifiable',
    citation: N217('a'),
    verified: true,
    label: 'designs any other integrated circuit',
  },
  {
    code: 'fab-advanced-node',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('d'),
    verified: false,
    label:
      'fabricates logic ICs at 16/14 nm or below or non-planar, NAND of 128+ layers, DRAM at 18 nm half-pitch or below, GaN/GaAs-type compound, graphene or carbon-nanotube, or 4.5 K ICs',
    note: 'the 128-layer NAND figure is the NPRM figure (regs.md)',
  },
  {
    code: 'fab-mature',
    sector: 'semiconductors',
    tier: 'notifiable',
    citation: N217('b'),
    verified: true,
    label: 'fabricates any other integrated circuit (mature nodes)',
  },
  {
    code: 'packaging-advanced',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('e'),
    verified: false,
    label: 'packages ICs with advanced packaging techniques',
  },
  {
    code: 'packaging',
    sector: 'semiconductors',
    tier: 'notifiable',
    citation: N217('c'),
    verified: true,
    label: 'packages any other integrated circuit',
  },
  {
    code: 'supercomputer',
    sector: 'semiconductors',
    tier: 'prohibited',
    citation: P224('f'),
    verified: false,
    label:
      'develops, installs, sells or produces supercomputers (100+ double- or 200+ single-precision PFLOPS within 41,600 cubic feet)',
  },
  // Quantum information technologies: every covered quantum activity is prohibited.
  {
    code: 'quantum-computing',
    sector: 'quantum',
    tier: 'prohibited',
    citation: P224('g'),
    verified: false,
    label: 'develops quantum computers or produces their critical components',
  },
  {
    code: 'quantum-sensing-military',
    sector: 'quantum',
    tier: 'prohibited',
    citation: P224('h'),
    verified: false,
    label:
      'develops or produces quantum sensing platforms for military, government-intelligence or mass-surveillance end use',
  },
  {
    code: 'quantum-sensing',
    sector: 'quantum',
    tier: 'not-covered',
    citation: P224('h'),
    verified: false,
    label: 'quantum sensing without a military, intelligence or mass-surveillance end use',
    note: 'not a covered activity',
  },
  {
    code: 'quantum-networking',
    sector: 'quantum',
    tier: 'prohibited',
    citation: P224('i'),
    verified: false,
    label:
      'develops or produces quantum networks or quantum communication systems (scaling quantum computers, QKD, military/intelligence/surveillance uses)',
  },
  // Artificial intelligence
  {
    code: 'ai-military-exclusive',
    sector: 'ai',
    tier: 'prohibited',
    citation: P224('j'),
    verified: false,
    label:
      'develops AI systems designed exclusively for, or intended for, military, government-intelligence or mass-surveillance end use',
  },
  {
    code: 'ai-training-1e25',
    sector: 'ai',
    tier: 'prohibited',
    citation: P224('k'),
    verified: false,
    label: 'develops AI systems trained with more than 10^25 operations',
  },
  {
    code: 'ai-training-bio-1e24',
    sector: 'ai',
    tier: 'prohibited',
    citation: P224('k'),
    verified: false,
    label:
      'develops AI systems trained with more than 10^24 operations using primarily biological sequence data',
  },
  {
    code: 'ai-military',
    sector: 'ai',
    tier: 'notifiable',
    citation: N217('d)(1'),
    verified: true,
    label:
      'develops AI systems designed to be used for military, government-intelligence or mass-surveillance end use (not exclusively)',
  },
  {
    code: 'ai-cyber',
    sector: 'ai',
    tier: 'notifiable',
    citation: N217('d)(2)(i)-(iii'),
    verified: true,
    label: 'develops AI systems intended for cybersecurity, digital forensics or penetration testing',
  },
  {
    code: 'ai-robotics',
    sector: 'ai',
    tier: 'notifiable',
    citation: N217('d)(2)(iv'),
    verified: true,
    label: 'develops AI systems intended to control robotic systems',
  },
  {
    code: 'ai-training-1e23',
    sector: 'ai',
    tier: 'notifiable',
    citation: N217('d)(3'),
    verified: true,
    label: 'develops AI systems trained with more than 10^23 operations',
  },
  {
    code: 'ai-other',
    sector: 'ai',
    tier: 'not-covered',
    citation: '31 CFR 850.217(d)',
    verified: true,
    label: 'develops other AI systems (below 10^23 operations, none of the listed end uses)',
  },
  // Named in the COINS Act but not (yet) in part 850.
  {
    code: 'hypersonics',
    sector: 'other',
    tier: 'not-covered',
    citation: 'FY2026 NDAA (COINS Act)',
    verified: false,
    label: 'hypersonic systems',
    note: 'added by the COINS Act; not covered until its implementing regulations',
  },
  {
    code: 'none',
    sector: 'other',
    tier: 'not-covered',
    citation: '31 CFR 850.209(a)(1)',
    verified: true,
    label: 'no covered activity',
  },
]

const BY_CODE = new Map(ACTIVITIES.map((a) => [a.code, a]))

export const activity = (code: string): Activity | undefined => BY_CODE.get(code)

export const ACTIVITY_CODES: readonly string[] = ACTIVITIES.map((a) => a.code)

const RANK: Record<ActivityTier, number> = { 'not-covered': 0, notifiable: 1, prohibited: 2 }

export const maxTier = (a: ActivityTier, b: ActivityTier): ActivityTier => (RANK[b] > RANK[a] ? b : a)

/** The most serious tier among activities. */
export const topTier = (activities: readonly Activity[]): ActivityTier =>
  activities.reduce<ActivityTier>((t, a) => maxTier(t, a.tier), 'not-covered')
