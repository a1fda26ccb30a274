import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * A Japanese font: without one Chromium draws the dashboard's words as empty boxes (the PNG a
 * chart saves among them) and searches its fallback fonts for every character it measures,
 * which made drawing a chart several times slower. IPA Gothic is small and in Debian.
 */
const JAPANESE_FONT = 'fonts-ipafont-gothic';

const hasJapaneseFont = () => {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

/**
 * The browser tests drive Debian's Chromium (no browser download step: Playwright's own
 * download is not reachable here), with a Japanese font. A fresh machine gets what it lacks
 * from apt the first time.
 */
export function ensureChromium(): string {
  const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(hasJapaneseFont() ? [] : [JAPANESE_FONT])];
  if (!missing.length) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(`the browser tests need ${missing.join(' and ')}; install with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`[e2e] installing from Debian: apt-get install -y ${missing.join(' ')}…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}
