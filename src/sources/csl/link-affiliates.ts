import type { Entity, Relation } from '../../model/entity.js'
import { derivedSourceId } from '../../model/ids.js'
import { buildEntity } from '../common/build-entity.js'

export interface PendingAffiliate {
  entity: Entity
  parentName: string
  role: string
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Points each affiliate at its parent: the row of the same list whose name is the parent's name, or, when the
 * file has no such row, a parent entity made from the affiliate row (same list, licence terms and citations),
 * since naming it as a parent lists it too. Relations run from the affiliate to the parent.
 */
export function linkAffiliates(
  entities: Entity[],
  pending: PendingAffiliate[],
): { added: Entity[]; relations: Relation[] } {
  const affiliates = new Set(pending.map((p) => p.entity))
  const byName = new Map<string, Entity>()
  for (const e of entities) {
    if (affiliates.has(e)) continue
    const key = `${e.list}|${fold(e.name)}`
    if (!byName.has(key)) byName.set(key, e)
  }
  const added: Entity[] = []
  const relations: Relation[] = []
  for (const { entity, parentName, role } of pending) {
    const key = `${entity.list}|${fold(parentName)}`
    let parent = byName.get(key)
    if (!parent) {
      parent = buildEntity({
        list: entity.list,
        sourceId: derivedSourceId(entity.list, parentName, 'parent'),
        sourceIdDerived: true,
        type: 'organization',
        name: parentName,
        addresses: entity.addresses.filter((a) => a.country).map((a) => ({ country: a.country as string })),
        programs: entity.programs,
        federalRegister: entity.federalRegister,
        licenseRequirement: entity.licenseRequirement,
        licensePolicy: entity.licensePolicy,
        sourceUrl: entity.sourceUrl,
        remarks: 'Named as the parent of affiliated entries; the file has no row of its own for it.',
      })
      byName.set(key, parent)
      added.push(parent)
    }
    entity.parentId = parent.id
    relations.push({ kind: 'affiliate', from: entity.id, to: parent.id, role })
  }
  return { added, relations }
}
