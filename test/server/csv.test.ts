import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvStream } from '../../server/csv';
import { getCsv, getJson, useFixtureApp } from '../helpers/api';
import { AWKWARD } from '../helpers/fixture-db';
import { parseCsv } from '../helpers/parse-csv';

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [-5, '-5'],
    [true, 'true'],
    [false, 'false'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+2', "'=1+2"],
    ['+81', "'+81"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', 'a=b'],
    ['𠮷野町', '𠮷野町'],
    [['a', 'b'], '"[""a"",""b""]"'],
    [[1, 2], '"[1,2]"'],
    [[], '[]'],
    [{ k: null }, '"{""k"":null}"'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('ends a line with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('csvStream', () => {
  async function read(stream: ReadableStream<Uint8Array>) {
    const chunks: Uint8Array[] = [];
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    return chunks;
  }

  it('starts with the UTF-8 BOM and the header, then streams rows in chunks', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => ({ n: i, name: `行${i}` }));
    const chunks = await read(csvStream(rows, ['n', 'name']));
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    expect([...chunks[0]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFn,name');
    expect(lines[450]).toBe('449,行449');
    expect(lines).toHaveLength(452);
  });

  it('keeps the header for no rows', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(await read(csvStream([], ['a', 'b']))));
    expect(text).toBe('\uFEFFa,b\r\n');
  });
});

/** What a JSON value reads as in a CSV cell, the neutralizing apostrophe included. */
function asCell(value: unknown) {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
}

describe('CSV over the API (awkward fixture)', () => {
  const fixture = useFixtureApp();

  it('contracts: byte-exact, with BOM, quoting and neutralized formulas', async () => {
    const { rows } = await getJson(fixture.app, '/api/contracts?municipality=小金井市');
    const [c1, c2, c3] = rows;
    const res = await fixture.app.request('/api/contracts?municipality=小金井市&format=csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="contracts.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const span = (r: any) => `${r.src_from},${r.src_to},${r.line_from},${r.line_to}`;
    const expected =
      '\uFEFF' +
      'id,assessment_id,municipality,municipality_code,file,item_no,title,content,handlers_band,handlers_min,handlers_max,' +
      'contractor_raw,contractor_undecided,subcontract,subcontract_method,subcontract_items,contractors,contractor_ids,' +
      'certain,field_states,field_spans,src_from,src_to,line_from,line_to\r\n' +
      `${c1.id},${c1.assessment_id},小金井市,132101,予防接種ファイル,1,"タイトル, ""引用""\n改行",<img src=x onerror=alert(1)>,` +
      `10人以上50人未満,10,49,"'=HYPERLINK(""x"")",false,true,,'@メンション,"[""=HYPERLINK(\\""x\\"")""]",` +
      `[${c1.contractor_ids[0]}],true,{},{},${span(c1)}\r\n` +
      `${c2.id},${c2.assessment_id},小金井市,132101,予防接種ファイル,2,保守,,,,,株式会社ジーシー、𠮷野商事株式会社,false,false,,,` +
      `"[""株式会社ジーシー"",""𠮷野商事株式会社""]","[${c2.contractor_ids.join(',')}]",false,"{""contractor_raw"":{""state"":""uncertain"",""reason"":{""code"":""itemsSharePage"",""params"":{""count"":2,""item"":""委託事項""}}}}",{},${span(c2)}\r\n` +
      `${c3.id},${c3.assessment_id},小金井市,132101,予防接種ファイル,3,入力,,,,,未定,true,,,,[],[],true,{},{},${span(c3)}\r\n`;
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(expected);
  });

  it('Accept: text/csv gives the same bytes as format=csv; format=json wins over Accept', async () => {
    const byFormat = await getCsv(fixture.app, '/api/changes?format=csv');
    const byAccept = await getCsv(fixture.app, '/api/changes', { headers: { accept: 'text/csv' } });
    expect(byAccept).toBe(byFormat);
    await getJson(fixture.app, '/api/changes?format=json', { headers: { accept: 'text/csv' } });
  });

  it('changes: a cell starting with + or @ is neutralized', async () => {
    const csv = await getCsv(fixture.app, '/api/changes?municipality=小金井市&from=2024-04-01&format=csv');
    const [, row] = csv.split('\r\n');
    expect(row).toContain(`,'-,'${AWKWARD.plusCell},事後,'${AWKWARD.atCell},`);
  });

  it('an empty result is the header alone', async () => {
    const csv = await getCsv(fixture.app, '/api/changes?municipality=存在しない市&format=csv');
    expect(csv).toBe(
      '\uFEFFid,assessment_id,municipality,municipality_code,seq,changed_on,changed_on_raw,item,section,before,after,timing,timing_explanation,' +
        'certain,field_states,field_spans,src_from,src_to,line_from,line_to\r\n',
    );
  });

  it.each([
    '/api/municipalities',
    '/api/assessments',
    '/api/contracts',
    '/api/contractors',
    '/api/ratings',
    '/api/systems',
    '/api/changes',
    '/api/files',
    '/api/provisions',
    '/api/audits',
    '/api/procedures',
    '/api/outliers',
    '/api/search?q=委託先名',
  ])('%s: the same rows and field names as the JSON', async (path) => {
    const json = await getJson(fixture.app, path);
    const csv = await getCsv(fixture.app, `${path}${path.includes('?') ? '&' : '?'}format=csv`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(json.rows.length).toBeGreaterThan(0);
    expect(header).toEqual(Object.keys(json.rows[0]));
    expect(records).toEqual(json.rows.map((row: Record<string, unknown>) => Object.values(row).map(asCell)));
  });

  it('matrices export their cells', async () => {
    const m = await getJson(fixture.app, '/api/ratings/matrix');
    const csv = await getCsv(fixture.app, '/api/ratings/matrix?format=csv');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFgroup,stage,answers,strong,adequate,weak,ungraded,min_score,uncertain,unread,bodies');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(m.cells.length + 1);
  });
});
