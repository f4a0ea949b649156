import type { XmlNode } from '../common/xml-records.js'

/** referenceValues of the Enhanced XML: refId -> value, used when an element carries only its refId. */
export type RefTable = Map<string, string>

export function refTable(node: XmlNode): RefTable {
  const table: RefTable = new Map()
  for (const ref of node.children) {
    const id = ref.attrs.refId
    const value = ref.children.find((c) => c.name === 'value')?.text.trim()
    if (id && value) table.set(id, value)
  }
  return table
}

/** Text of an element, or the reference value its refId points at when the element is empty. */
export function refText(node: XmlNode | undefined, refs: RefTable): string | undefined {
  if (!node) return undefined
  const text = node.text.replace(/\s+/g, ' ').trim()
  if (text) return text
  const id = node.attrs.refId
  return id ? refs.get(id) : undefined
}
