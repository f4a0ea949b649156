import type { Address, Identifier, VesselInfo } from '../../model/entity.js'

/**
 * One CSL row with the official field names, after the CSV or JSON specific decoding (multi-values split,
 * addresses structured). Both readers produce this and share one mapping to entities.
 */
export interface CslRecord {
  /** file:line (CSV) or file:#index (JSON), for issue messages. */
  where: string
  id?: string | undefined
  source: string
  entityNumber?: string | undefined
  type?: string | undefined
  programs: string[]
  name?: string | undefined
  title?: string | undefined
  addresses: Address[]
  federalRegisterNotice?: string | undefined
  startDate?: string | undefined
  endDate?: string | undefined
  standardOrder?: string | undefined
  licenseRequirement?: string | undefined
  licensePolicy?: string | undefined
  vessel: { [K in keyof VesselInfo]?: VesselInfo[K] | undefined }
  remarks?: string | undefined
  sourceListUrl?: string | undefined
  altNames: string[]
  citizenships: string[]
  datesOfBirth: string[]
  nationalities: string[]
  placesOfBirth: string[]
  ids: Identifier[]
  gender?: string | undefined
}
