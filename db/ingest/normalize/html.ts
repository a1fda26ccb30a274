import { parse, NodeType, type Node, type HTMLElement } from 'node-html-parser';

/** Markers the rest of the parser reads as checkbox states, as the PDF text prints them. */
export const TICKED = '[○]';
export const UNTICKED = '[ ]';

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'br', 'tr', 'table', 'h1', 'h2', 'h3', 'h4']);

/**
 * A cell's HTML fragment as plain text. Inputs become checkbox marks: a `checked` box is
 * ticked; so is a radio button — the tab-separated exports write the form's 〇 mark as an
 * (unchecked) radio input inside the brackets, e.g. 「[<input type="radio"/>] 自己点検」,
 * while an empty box is just 「[]」. Block elements become line breaks.
 */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment;
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      out.push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (tag === 'input') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const ticked = el.hasAttribute('checked') || type === 'radio';
      const inBrackets = /\[\s*$/.test(out.join('').slice(-4));
      out.push(inBrackets ? (ticked ? '○' : ' ') : ticked ? TICKED : UNTICKED);
      return;
    }
    if (tag === 'script' || tag === 'style') return;
    if (BLOCK.has(tag)) out.push('\n');
    el.childNodes.forEach(walk);
    if (BLOCK.has(tag)) out.push('\n');
  };
  parse(fragment, { comment: false }).childNodes.forEach(walk);
  return out
    .join('')
    .replace(/\[\s*○\s*\]/g, TICKED)
    .replace(/\[\s*\]/g, UNTICKED)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
