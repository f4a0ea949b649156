import type { DiffSide } from '../../src/changes/types.js'
import type { Dataset } from '../../src/model/dataset.js'
import type { Entity } from '../../src/model/entity.js'
import { sha256Hex } from '../../src/model/ids.js'

/** A small entity with sensible empty collections; override what a test cares about. */
export function entity(partial: Partial<Entity> & Pick<Entity, 'id' | 'list' | 'name'>): Entity {
  return {
    sourceId: partial.id.split(':')[1] ?? partial.id,
    type: 'organization',
    names: [{ value: partial.name, kind: 'primary', script: 'Latn' }],
    addresses: [],
    countries: [],
    identifiers: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    programs: [],
    federalRegister: [],
    ...partial,
  }
}

export function dataset(source: string, published: string, entities: Entity[]): Dataset {
  return {
    source,
    format: 'csl-json',
    published,
    retrieved: `${published}T12:00:00.000Z`,
    contentHash: sha256Hex(JSON.stringify(entities)),
    origin: [`fixture:${source}`],
    entities,
    relations: [],
    issues: [],
  }
}

/** One side of a list diff over these entities (a version of us_csl published on `label`). */
export function diffSide(label: string, entities: Entity[]): DiffSide {
  return { label, source: 'us_csl', published: label, contentHash: label, entities }
}
