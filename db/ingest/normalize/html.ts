import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { detached } from './detached';
import { RecurringTexts } from './recurring';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/** Markers the rest of the parser reads as checkbox states, as the PDF text prints them. */
export const TICKED = '[○]';
export const UNTICKED = '[ ]';

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'br', 'tr', 'table', 'h1', 'h2', 'h3', 'h4']);

/**
 * A cell's HTML fragment as plain text. Inputs become checkbox marks: a `checked` box is
 * ticked; so is a radio button — the tab-separated exports write the form's 〇 mark as an
 * (unchecked) radio input inside the brackets, e.g. 「[<input type="radio"/>] 自己点検」,
 * while an empty box is just 「[]」. Block elements become line breaks.
 *
 * parse5 tokenizes as the HTML standard does, so text such as 「<予防接種システムにおける措置>」 —
 * `<` followed by a character that cannot start a tag name — stays text, as a browser shows it.
 */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment;
  return texts.get(fragment, (f) => detached(readHtml(f)));
}

/**
 * The export's cells come back document after document (the option lists, the checkbox groups,
 * the form's standard wording): each fragment is parsed once per parsing thread.
 */
const texts = new RecurringTexts<string>(5_000);

function readHtml(fragment: string): string {
  const out: string[] = [];
  const walk = (node: ChildNode) => {
    if (node.nodeName === '#text') {
      out.push((node as TextNode).value);
      return;
    }
    if (!('tagName' in node)) return; // comments, doctypes
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'input') {
      const attr = (name: string) => el.attrs.find((a) => a.name === name);
      const type = (attr('type')?.value ?? '').toLowerCase();
      const ticked = !!attr('checked') || type === 'radio';
      const inBrackets = /\[\s*$/.test(out.join('').slice(-4));
      out.push(inBrackets ? (ticked ? '○' : ' ') : ticked ? TICKED : UNTICKED);
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    if (BLOCK.has(tag)) out.push('\n');
    el.childNodes.forEach(walk);
    if (BLOCK.has(tag)) out.push('\n');
  };
  parseFragment(fragment).childNodes.forEach(walk);
  return out
    .join('')
    .replace(/\[\s*○\s*\]/g, TICKED)
    .replace(/\[\s*\]/g, UNTICKED)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
