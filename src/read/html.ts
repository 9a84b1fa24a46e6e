/**
 * HTML to text without losing offsets: tags, scripts and styles become blanks of the same
 * length, entities stay as they are except the common ones, which are replaced in place by one
 * character padded with blanks. The result has the length of the source, so an offset into it is
 * an offset into the HTML as read.
 */
const BLOCK = /^(p|div|br|li|h[1-6]|tr|section|article|header|footer|title|td|ul|ol|table|blockquote)$/i;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&ldquo;': '“', '&rdquo;': '”', '&mdash;': '—', '&middot;': '·', '&hellip;': '…' };

export function htmlToText(html: string): { text: string; title?: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  let text = html.replace(/<(script|style|noscript|nav|footer)\b[\s\S]*?<\/\1\s*>/gi, (m) => blank(m));
  text = text.replace(/<title[^>]*>[\s\S]*?<\/title>/i, (m) => blank(m));
  text = text.replace(/<!--[\s\S]*?-->/g, (m) => blank(m));
  text = text.replace(/<\/?([a-zA-Z0-9]+)[^>]*>/g, (m, tag: string) => (BLOCK.test(tag) ? '\n' + ' '.repeat(m.length - 1) : blank(m)));
  text = text.replace(/&[a-z]+;|&#\d+;/gi, (m) => {
    const ch = ENTITIES[m.toLowerCase()] ?? (m.startsWith('&#') ? String.fromCodePoint(Number(m.slice(2, -1))) : m);
    return ch.length <= m.length ? ch + ' '.repeat(m.length - ch.length) : m;
  });
  return { text, title };
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
