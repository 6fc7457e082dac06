/**
 * Connected components of matched pairs (union-find with path halving): a cluster is one
 * person as far as the matches say, even where a chain A-B, B-C was never compared A-C.
 */
export function connectedComponents(size: number, pairs: Iterable<readonly [number, number]>): Int32Array {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const find = (x: number): number => {
    let v = x;
    while (parent[v] !== v) {
      const grand = parent[parent[v] ?? v] ?? v;
      parent[v] = grand;
      v = grand;
    }
    return v;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    // The smaller index becomes the root, so a cluster is named by its first record.
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  }
  for (let i = 0; i < size; i++) parent[i] = find(i);
  return parent;
}
