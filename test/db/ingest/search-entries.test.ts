import { describe, expect, it } from 'vitest';
import { searchEntriesFor } from '../../../db/ingest/search-entries';
import { SourceText } from '../../../db/ingest/source-text';

const entries = (text: string) => searchEntriesFor(new SourceText(text)).map((e) => ({ body: e.body, at: text.slice(e.srcFrom, e.srcTo) }));

describe('searchEntriesFor', () => {
  it('makes a passage of each paragraph and of each table row, NFKC-folded (① is 1), with its place in the text', () => {
    expect(entries('①事務の名称\n住民基本台帳に関する事務\n\n委託先\tＡＢＣ株式会社\n')).toEqual([
      { body: '1事務の名称 住民基本台帳に関する事務', at: '①事務の名称\n住民基本台帳に関する事務' },
      { body: '委託先 ABC株式会社', at: '委託先\tＡＢＣ株式会社' },
    ]);
  });

  it('drops a line of brackets alone (a checkbox edge cut from its words), keeps the marks a document writes', () => {
    const text = '[\n\n]\n\n［ ］\n\n（\n\n-\n\n―\n\n○\n\n[ ○ ] 行っている\n';
    expect(entries(text).map((e) => e.body)).toEqual(['-', '―', '○', '[ ○ ] 行っている']);
  });
});
