import { hasGlyphs } from '../normalize/glyphs';
import { linesOf, RewriteBuilder, type Rewritten } from './rewrite';

/**
 * Some tools write every line twice (a line drawn twice, like bold doubling): each non-blank
 * line followed by its copy. Read so only when nearly every non-blank line is (a document may
 * repeat a line or two of its own, as 「略」 rows do); then each second copy is dropped.
 */
export function undoDoubledLines(text: string): Rewritten | null {
  const lines = linesOf(text);
  let pairs = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!hasGlyphs(lines[i]!)) continue;
    nonBlank++;
    if (lines[i + 1] === lines[i]) {
      pairs++;
      i++;
    }
  }
  if (nonBlank < 20 || pairs * 2 < nonBlank * 0.9) return null;
  const b = new RewriteBuilder(text);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (lines[i + 1] === line && hasGlyphs(line)) {
      // keep the line and its line break, drop the copy and its line break
      b.keep(at, at + line.length + 1);
      at += 2 * (line.length + 1);
      i++;
      continue;
    }
    b.keep(at, Math.min(text.length, at + line.length + 1));
    at += line.length + 1;
  }
  return b.done();
}
