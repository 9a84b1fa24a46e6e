/**
 * Whether what was typed in the search box reads as a question (then Enter asks it, see
 * ui/search-box.ts) rather than a name: a question mark, or a question word no entity name in
 * these corpora holds. The server decides what it understands; this only routes the text.
 */
const QUESTION = /[?？]|[吗呢]$|哪|谁|什么|多少|几[个家项位条所]|是否|有没有|是不是|列出|如何|怎么|分别|各有/;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return t.length >= 3 && QUESTION.test(t);
}
