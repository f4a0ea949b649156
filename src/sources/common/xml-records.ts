import { SaxesParser } from 'saxes'
import { TcError } from '../../errors.js'

/** A small element tree for one record; records are small, so mapping code can look around freely. */
export interface XmlNode {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  text: string
  /** 1-based line of the start tag. */
  line: number
}

export interface XmlRecordHandlers {
  /** Local names (prefix dropped) of the elements that are one record each. */
  records: ReadonlySet<string>
  onRecord: (node: XmlNode) => void
  /** The root element's attributes (UN dateGenerated). */
  onRoot?: (attrs: Record<string, string>) => void
  /** Elements outside records whose whole subtree the caller wants (OFAC publshInformation, referenceValues). */
  subtrees?: ReadonlySet<string>
  onSubtree?: (node: XmlNode) => void
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1)

/**
 * Streams an XML document with saxes and hands over one small tree per record, so a large list never becomes
 * one big DOM. A document that is not well-formed cannot be trusted past the error: it throws TC_BAD_FILE
 * naming the file and line rather than importing half a list.
 */
export function streamXmlRecords(text: string, file: string, handlers: XmlRecordHandlers): void {
  const parser = new SaxesParser({ position: true })
  const stack: XmlNode[] = []
  let capturing = 0
  let sawRoot = false
  parser.on('opentag', (tag) => {
    const name = local(tag.name)
    const attrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v)
    if (!sawRoot) {
      sawRoot = true
      handlers.onRoot?.(attrs)
    }
    const starts = handlers.records.has(name) || (handlers.subtrees?.has(name) ?? false)
    if (capturing === 0 && !starts) return
    const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line }
    stack.at(-1)?.children.push(node)
    stack.push(node)
    capturing++
  })
  parser.on('text', (t) => {
    const top = stack.at(-1)
    if (top) top.text += t
  })
  parser.on('cdata', (t) => {
    const top = stack.at(-1)
    if (top) top.text += t
  })
  parser.on('closetag', () => {
    if (capturing === 0) return
    const node = stack.pop()!
    capturing--
    if (capturing > 0) return
    if (handlers.records.has(node.name)) handlers.onRecord(node)
    else handlers.onSubtree?.(node)
  })
  try {
    parser.write(text).close()
  } catch (cause) {
    const message = (cause as Error).message.replace(/^[^:]*:\d+:\d+: /, '')
    throw new TcError('TC_BAD_FILE', `XML is not well-formed: ${message}`, {
      field: `${file}:${parser.line}`,
      cause,
    })
  }
}

/** Child elements by local name. */
export const kids = (node: XmlNode | undefined, name: string): XmlNode[] =>
  node ? node.children.filter((c) => c.name === name) : []

/** First child element by local name. */
export const kid = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node?.children.find((c) => c.name === name)

/** Trimmed text of the first child of that name, undefined when absent or blank. */
export function textOf(node: XmlNode | undefined, name: string): string | undefined {
  const t = kid(node, name)?.text.replace(/\s+/g, ' ').trim()
  return t === undefined || t === '' ? undefined : t
}
