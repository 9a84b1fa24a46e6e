/** DOM helpers. Text from the graph is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: the page has no #${id}`);
  return node as T;
}

/**
 * `text` with every occurrence of the needles (and the given ranges) wrapped in <mark>.
 * Longest needles first, so 新塘街道 wins over 新塘.
 */
export function highlighted(text: string, needles: string[], ranges: Array<[number, number]> = []): DocumentFragment {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of ranges) for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) marks[i] = true;
  for (const needle of [...new Set(needles)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      for (let i = at; i < at + needle.length; i++) marks[i] = true;
    }
  }
  const fragment = document.createDocumentFragment();
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    const piece = text.slice(i, j);
    fragment.append(marks[i] ? el('mark', { text: piece }) : piece);
    i = j;
  }
  return fragment;
}

/** 70000000 → "7000万元"; 1.5e9 → "15亿元": how the articles themselves write amounts. */
export function formatYuan(amount: number): string {
  if (amount >= 1e8) return `${+(amount / 1e8).toFixed(2)}亿元`;
  if (amount >= 1e4) return `${+(amount / 1e4).toFixed(2)}万元`;
  return `${amount}元`;
}
