import { describe, expect, it } from 'vitest'
import { readElRequirement } from './el-requirement.js'

describe('Entity List licence requirement column', () => {
  it('reads the scope, the FDP footnote and a named GOV exception', () => {
    expect(
      readElRequirement('For All Items Subject to the EAR (See §734.9(e)1, and §744.11 of the EAR)2.'),
    ).toEqual({
      scope: 'all',
      footnote: 1,
      gov: false,
    })
    expect(
      readElRequirement(
        'For all items subject to the EAR (See §§734.4(a)(9), 734.9(e)(3), and 744.11 of the EAR)5',
      ).footnote,
    ).toBe(5)
    expect(
      readElRequirement(
        'All items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR). This license requirement may be overcome by License Exception GOV under § 740.11(b)(2) and (e).',
      ),
    ).toMatchObject({ scope: 'all', footnote: 3, gov: true })
    expect(
      readElRequirement(
        'For items on the CCL and EAR99 items listed in supplement no. 7 to part 746 of the EAR',
      ).scope,
    ).toBe('ccl-and-supp7')
    expect(
      readElRequirement(
        'For all items subject to the EAR when used in projects specified in § 746.8(a)(4) of the EAR',
      ).scope,
    ).toBe('projects-746-8-a-4')
    expect(readElRequirement('Something else entirely').scope).toBe('unknown')
    expect(readElRequirement(undefined).scope).toBe('unknown')
  })

  it('shows carve-outs for review', () => {
    const r = readElRequirement(
      'For All Items Subject to the EAR (See §744.11 of the EAR), except for EAR99-designated technology for the operation, maintenance, or repair of unmanned aerial vehicles (UAV) released to this entity by the operator of the UAV.',
    )
    expect(r.carveOut).toMatch(/^except for EAR99-designated technology/)
  })
})
