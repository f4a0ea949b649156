export { ERROR_CODES, type ErrorCode, TcError } from './errors.js'
export type { Dataset, DatasetFormat, RowIssue } from './model/dataset.js'
export type { Address, Entity, EntityName, EntityType, ListCode, Relation } from './model/entity.js'
export { VERSION } from './version.js'
