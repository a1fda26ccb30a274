/**
 * What a careful reader of the Japanese interface sees: no program identifiers (field names,
 * reason codes, JSON) on any view, and 防府市's change rows with the words its document prints
 * (the PDF change table once came out empty on both sides as 「記載なし」).
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open } = session;

const VIEWS = ['/', '/contractors', '/risks', '/systems', '/changes', '/cities', '/cities/352063', '/cities/141003', `/search?q=${encodeURIComponent('委託')}`];

/** Words only a program writes: snake_case and camelCase names, JSON, empty values stringified. */
const IDENTIFIER = /\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][A-Za-z]+\b|[{[]"|\b(?:undefined|null|NaN|uncertain|unread)\b|\[object /;

describe('the Japanese interface', () => {
  test.each(VIEWS)('%s shows no program identifiers', async (path) => {
    const page = session.page();
    await open(path);
    await page.waitForSelector('main h1');
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(20);
    expect(text.match(IDENTIFIER)?.[0] ?? null).toBeNull();
  });

  test('防府市’s VRS change reads its 変更前 and 変更後 as printed', async () => {
    const page = session.page();
    const flat = (t: string | null) => (t ?? '').replace(/\s+/g, '');
    const { rows } = await apiGet<{ rows: { id: number; item: string | null; after: string | null }[] }>('/api/changes?municipality=352063&limit=100');
    const vrs = rows.find((r) => flat(r.item).endsWith('①委託内容') && flat(r.after).includes('コンビニ交付関連機能を含む。'));
    expect(vrs).toBeDefined();
    await open(`/changes?city=352063&change=${vrs!.id}`);
    await page.waitForSelector('[data-diff]');
    // the cells keep the document's line breaks: compared without white space
    expect(flat(await page.locator('[data-side="before"]').innerText())).toContain('(VRS)(新型コロナウイルス感染症予防接種証明書電子交付機能を含む。)');
    expect(flat(await page.locator('[data-side="after"]').innerText())).toContain('証明書電子交付機能及びコンビニ交付関連機能を含む。)');
    expect(await page.locator('[data-diff]').innerText()).not.toContain('記載なし');
  });
});
