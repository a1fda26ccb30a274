import { describe, expect, it } from 'vitest';
import { getJson, useSeedApp } from '../helpers/api';

const seeds = useSeedApp();

const q = encodeURIComponent;
const rowsOf = async (path: string) => (await getJson(seeds.app, path)).rows as any[];

describe('municipalities (seeds)', () => {
  it('resolves the five bodies named in the documents to their codes', async () => {
    const rows = await rowsOf('/api/municipalities');
    expect(rows.map((r) => [r.code, r.name, r.prefecture]).sort()).toEqual(
      [
        ['011002', '札幌市', '北海道'],
        ['132101', '小金井市', '東京都'],
        ['141003', '横浜市', '神奈川県'],
        ['352063', '防府市', '山口県'],
        ['401005', '北九州市', '福岡県'],
      ].sort(),
    );
    expect(rows.every((r) => r.assessment_count === 1)).toBe(true);
    expect(rows.find((r) => r.name === '小金井市').kana).toBe('こがねいし');
  });

  it('gives 北九州市 the 対象人数 band its assessment prints as peer group', async () => {
    const [kitakyushu] = await rowsOf(`/api/municipalities?municipality=${q('北九州市')}`);
    expect(kitakyushu).toMatchObject({ peer_group: '10万人以上30万人未満', peer_group_min: 100000, peer_group_max: 299999 });
  });
});

describe('assessments (seeds)', () => {
  it('reads number, kind, agency and publication date of 小金井市', async () => {
    const [koganei] = await rowsOf('/api/assessments?municipality=132101');
    expect(koganei).toMatchObject({
      municipality: '小金井市',
      number: '24',
      kind: '重点項目評価書',
      agency: '東京都小金井市長',
      published_on: '2023-06-27',
      layout: 'tsv-html',
    });
  });

  it('reads the kinds of the three forms', async () => {
    const rows = await rowsOf('/api/assessments');
    const kindOf = (city: string) => rows.find((r) => r.municipality === city)?.kind;
    expect(kindOf('横浜市')).toBe('全項目評価書');
    expect(kindOf('北九州市')).toBe('重点項目評価書');
    expect(kindOf('防府市')).toBe('重点項目評価書');
    const [yokohama] = await rowsOf(`/api/assessments?kind=${q('全項目評価書')}&municipality=${q('横浜市')}`);
    expect(yokohama).toMatchObject({ number: '38', form_version: '平成30年5月 様式4' });
  });

  it('details 小金井市: its VRS system, its three contracts and a report naming absent parts', async () => {
    const [koganei] = await rowsOf('/api/assessments?municipality=132101');
    const detail = await getJson(seeds.app, `/api/assessments/${koganei.id}`);
    expect(detail.systems.map((s: any) => [s.no, s.name])).toContainEqual([4, 'ワクチン接種記録システム(VRS)']);
    expect(detail.contracts.map((c: any) => c.contractor_raw)).toEqual(['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']);
    expect(detail.extraction_report.text).toContain('001_0f1031b6666322d1.txt');
    expect(detail.changes.length).toBeGreaterThan(0);
  });
});

describe('contracts and contractors (seeds)', () => {
  it('lists the three 委託事項 of 小金井市 as printed', async () => {
    const rows = await rowsOf(`/api/contracts?municipality=${q('小金井市')}`);
    expect(rows.map((r) => [r.item_no, r.title, r.handlers_band, r.contractors, r.subcontract])).toEqual([
      [1, '健康管理システムの運用保守委託', '10人未満', ['株式会社ジーシー'], true],
      [2, 'ワクチン接種記録システム管理業務', '10人以上50人未満', ['株式会社ミラボ'], false],
      [3, '入力事務委託事業', '10人未満', ['アデコ株式会社'], false],
    ]);
    expect(rows[0].subcontract_items).toBe('データセンター内サーバ機器等の保守委託。');
  });

  it('names the contractors of 北九州市, NFKC-folded, the branch under its company', async () => {
    const rows = await rowsOf(`/api/contracts?municipality=${q('北九州市')}`);
    expect(rows.flatMap((r) => r.contractors)).toEqual(
      expect.arrayContaining(['株式会社RKKCS', '日本コンピューター株式会社', '日立・NTTデータ企業連合', '富士通Japan株式会社']),
    );
    const [fujitsu] = await rowsOf(`/api/contractors?q=${q('富士通Japan')}`);
    expect(fujitsu).toMatchObject({ name: '富士通Japan株式会社', municipality_count: 1, contract_count: 1 });
    expect((await getJson(seeds.app, `/api/contractors/${fujitsu.id}`)).prefectures.map((p: any) => p.prefecture)).toEqual(['福岡県']);
    expect(fujitsu.aliases).toContain('富士通Japan株式会社北九州支店');
  });

  it('finds 株式会社RKKCS however it is typed', async () => {
    for (const spelling of ['株式会社RKKCS', '株式会社ＲＫＫＣＳ']) {
      const rows = await rowsOf(`/api/contracts?contractor=${q(spelling)}`);
      expect(rows.map((r) => [r.municipality, r.contractor_raw])).toEqual([['北九州市', '株式会社RKKCS']]);
    }
  });

  it('profiles 株式会社ミラボ (the VRS vendor) across 防府市, 小金井市 and 横浜市', async () => {
    const [mirabo] = await rowsOf(`/api/contractors?q=${q('ミラボ')}`);
    // every contract naming it counts once: certain where the reader ties ③委託先名 to its item,
    // beside the count where it does not
    const contracts = await rowsOf(`/api/contracts?contractor=${mirabo.id}`);
    expect(new Set(contracts.map((c: any) => c.municipality))).toEqual(new Set(['小金井市', '横浜市', '防府市']));
    const certain = contracts.filter((c: any) => !c.field_states.contractor_raw);
    expect(mirabo.municipality_count).toBe(new Set(certain.map((c: any) => c.municipality)).size);
    expect(mirabo.municipality_count + mirabo.uncertain_municipality_count).toBe(3);
    expect(mirabo.contract_count + mirabo.uncertain_contract_count).toBe(contracts.length);
    expect(contracts.find((c: any) => c.municipality === '小金井市').title).toBe('ワクチン接種記録システム管理業務');
    const profile = await getJson(seeds.app, `/api/contractors/${mirabo.id}`);
    expect(profile.prefectures.map((p: any) => p.prefecture)).toEqual(['東京都', '神奈川県', '山口県']);
  });
});

describe('systems and ratings (seeds)', () => {
  it('reads the connection checkboxes of 小金井市’s VRS: only その他 (健康情報システム)', async () => {
    const [vrs] = await rowsOf(`/api/systems?municipality=${q('小金井市')}&canonical=${q('ワクチン接種記録システム(VRS)')}`);
    expect(vrs.connections).toEqual({
      info_network: false,
      intra_linkage: false,
      juki_net: false,
      existing_juki: false,
      atena: false,
      tax: false,
      other: true,
      other_text: '健康情報システム',
    });
  });

  it('puts the VRS of several cities in one matrix column', async () => {
    const m = await getJson(seeds.app, '/api/systems/matrix?by=body');
    const label = new Map(m.groups.map((g: any) => [g.key, g.label]));
    const vrsCities = m.cells.filter((c: any) => c.system === 'ワクチン接種記録システム(VRS)').map((c: any) => label.get(c.group));
    expect(vrsCities).toEqual(expect.arrayContaining(['小金井市', '横浜市']));
  });

  it('reads 小金井市’s graded answers: every 「リスクへの対策は十分か」 is 十分である, no incident', async () => {
    const adequacy = await rowsOf(`/api/ratings?municipality=${q('小金井市')}&question=${q('リスクへの対策は十分か')}`);
    expect(adequacy.length).toBeGreaterThanOrEqual(5);
    expect(new Set(adequacy.map((r) => r.answer))).toEqual(new Set(['十分である']));
    const answers = (await rowsOf(`/api/ratings?municipality=${q('小金井市')}`)).map((r) => r.answer);
    expect(answers).toContain('発生なし');
    expect(answers).not.toContain('発生あり');
  });

  it('matrix: 小金井市 across the risk stages its form prints, in the form order', async () => {
    const m = await getJson(seeds.app, `/api/ratings/matrix?prefecture=${q('東京都')}&question=${q('リスクへの対策は十分か')}`);
    expect(m.groups).toEqual([{ key: '132101', label: '小金井市' }]);
    const cells = m.cells.filter((c: any) => c.group === '132101');
    // the published text jumps from 別添1 to Ⅲ's リスク2 of 使用: the 入手 risks are not in it
    expect(cells.map((c: any) => c.stage)).toEqual(['使用', '委託', '提供・移転', '情報提供ネットワークシステムとの接続', '保管・消去']);
    // every answer 十分である: the adequate level, none doubted
    expect(cells.every((c: any) => c.adequate === c.answers && c.uncertain === 0 && c.min_score === 2)).toBe(true);
    expect(cells.find((c: any) => c.stage === '情報提供ネットワークシステムとの接続').answers).toBe(2);
  });
});

describe('changes (seeds)', () => {
  it('reads 札幌市’s change table: dated 2024-04-01, filed 事後, but one 事前 on 2024-05-01', async () => {
    const rows = await rowsOf(`/api/changes?municipality=${q('札幌市')}`);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const dates = new Set(rows.map((r) => r.changed_on));
    expect(dates).toEqual(new Set(['2024-04-01', '2024-05-01']));
    const before = await rowsOf(`/api/changes?municipality=${q('札幌市')}&timing=${q('事前')}`);
    expect(before.map((r) => [r.changed_on, r.section])).toEqual([['2024-05-01', 'Ⅲ-3']]);
    const april = await rowsOf(`/api/changes?municipality=011002&from=2024-04-01&to=2024-04-30`);
    expect(april).toHaveLength(rows.length - 1);
    expect(april.every((r) => r.timing === '事後')).toBe(true);
  });

  it('filters by part of the form', async () => {
    const part = await rowsOf(`/api/changes?municipality=${q('札幌市')}&section=${q('Ⅱ-4')}`);
    expect(part.length).toBeGreaterThanOrEqual(4);
    expect(part.every((r) => r.section === 'Ⅱ-4')).toBe(true);
  });
});
