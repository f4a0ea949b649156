import type { ListCode } from '../model/entity.js'

/** One ownership record: `owner` holds `percent` of `owned`. Keys are entity ids or names, as the source gives. */
export interface OwnershipEdge {
  owner: string
  owned: string
  /** 0..100; absent when the source gives no share (FtM Ownership with sharesCount only, "subsidiary of"). */
  percent?: number
  /** YYYY-MM-DD: held from (FtM startDate, CSV as_of). */
  startDate?: string
  /** YYYY-MM-DD: held until, inclusive (FtM endDate). */
  endDate?: string
  /** Where the record came from, for messages: "graph.csv:12" or an FtM record id. */
  source?: string
}

/** A control link (FtM Directorship): reported, never counted, because both 50 % rules test ownership only. */
export interface ControlLink {
  controller: string
  controlled: string
  role?: string
  startDate?: string
  endDate?: string
  source?: string
}

/** What a list says about one graph node, however it was linked. */
export interface NodeListing {
  lists: ListCode[]
  /** Program tags (SDN programs such as NPWMD); the Affiliates Rule counts only some SDN programs. */
  programs: string[]
  entityIds: string[]
  /** How the node was tied to the list: same id, a dataset tag in the source, or a name match. */
  via: 'id' | 'source' | 'name'
  /** Name-match score when via is "name". */
  score?: number
  licenseRequirement?: string
  licensePolicy?: string
}

export type ListingLookup = (key: string) => NodeListing | undefined

export type GraphIssueCode =
  | 'invalid-share'
  | 'self-ownership'
  | 'conflicting-records'
  | 'over-100'
  | 'cycle'
  | 'unknown-share'

/** Inconsistent or suspicious data: reported with the answer, never fatal and never looped on. */
export interface GraphIssue {
  code: GraphIssueCode
  /** The node or source record the issue is about. */
  where: string
  message: string
  nodes?: string[]
}
