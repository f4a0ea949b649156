/**
 * Strongly connected components of more than one node (ownership cycles: A owns B owns A), found with an
 * iterative Tarjan so a million-edge graph cannot overflow the call stack. O(nodes + edges).
 */
export function findCycles(n: number, start: Int32Array, to: Int32Array): number[][] {
  const order = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  const callNode = new Int32Array(n)
  const callEdge = new Int32Array(n)
  let sp = 0
  let counter = 0
  const cycles: number[][] = []
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue
    let depth = 0
    callNode[0] = root
    callEdge[0] = start[root]!
    order[root] = low[root] = counter++
    stack[sp++] = root
    onStack[root] = 1
    while (depth >= 0) {
      const v = callNode[depth]!
      const e = callEdge[depth]!
      if (e < start[v + 1]!) {
        callEdge[depth] = e + 1
        const w = to[e]!
        if (order[w] === -1) {
          order[w] = low[w] = counter++
          stack[sp++] = w
          onStack[w] = 1
          depth++
          callNode[depth] = w
          callEdge[depth] = start[w]!
        } else if (onStack[w] && order[w]! < low[v]!) {
          low[v] = order[w]!
        }
        continue
      }
      if (low[v] === order[v]) {
        const component: number[] = []
        let w: number
        do {
          w = stack[--sp]!
          onStack[w] = 0
          component.push(w)
        } while (w !== v)
        if (component.length > 1) cycles.push(component.reverse())
      }
      depth--
      if (depth >= 0) {
        const parent = callNode[depth]!
        if (low[v]! < low[parent]!) low[parent] = low[v]!
      }
    }
  }
  return cycles
}
