import { describe, expect, it } from 'vitest';
import { getJson, useFixtureApp } from '../helpers/api';

const fixture = useFixtureApp();

const q = encodeURIComponent;

describe('ratings', () => {
  it('has one row per graded answer with its score and provenance', async () => {
    const { rows } = await getJson(fixture.app, '/api/ratings?municipality=小金井市');
    expect(rows.map((r: any) => [r.stage, r.answer, r.score])).toEqual([
      ['使用', '課題が残されている', 1],
      ['入手', '十分である', 2],
      [null, '発生あり', 0],
    ]);
    expect(rows[0]).toMatchObject({
      section: 'Ⅲ',
      question: 'リスクへの対策は十分か',
      risk: 'リスク2: 権限のない者によって不正に使用されるリスク',
      file: '予防接種ファイル',
      certain: true,
      line_from: 8,
    });
  });

  it('filters by stage, answer, score and certainty', async () => {
    expect((await getJson(fixture.app, `/api/ratings?stage=${q('使用')}`)).total).toBe(2);
    expect((await getJson(fixture.app, `/api/ratings?answer=${q('十分に行っていない')}`)).rows[0].municipality).toBe('テスト市');
    expect((await getJson(fixture.app, '/api/ratings?max_score=1')).total).toBe(3);
    expect((await getJson(fixture.app, '/api/ratings?certain=false')).rows[0].field_states).toEqual({
      answer: { state: 'uncertain', reason: { code: 'answersByOrder', params: { answers: ['特に力を入れている', '十分である'], questions: 2 } } },
    });
    expect((await getJson(fixture.app, `/api/ratings?section=${q('Ⅲ-7')}`)).rows[0].answer).toBe('発生あり');
  });

  it('matrix: prefectures × stages in the form order, answers per level, the doubted ones beside', async () => {
    const m = await getJson(fixture.app, `/api/ratings/matrix?question=${q('リスクへの対策は十分か')}`);
    expect(m.stages).toEqual(['入手', '使用']);
    expect(m.groups).toEqual([
      { key: '13', label: '東京都' },
      { key: '99', label: '架空県' },
    ]);
    expect(m.cells).toEqual([
      { group: '13', stage: '入手', answers: 1, strong: 0, adequate: 1, weak: 0, ungraded: 0, min_score: 2, uncertain: 0, unread: 0, bodies: 1 },
      { group: '13', stage: '使用', answers: 1, strong: 0, adequate: 0, weak: 1, ungraded: 0, min_score: 1, uncertain: 0, unread: 0, bodies: 1 },
      // 𠮷野町's 特に力を入れている is doubted: not counted as strong, counted beside
      { group: '99', stage: '使用', answers: 0, strong: 0, adequate: 0, weak: 0, ungraded: 0, min_score: null, uncertain: 1, unread: 0, bodies: 1 },
    ]);
    const all = await getJson(fixture.app, '/api/ratings/matrix');
    expect(all.stages).toEqual(['入手', '使用', '委託']);
    const bodies = await getJson(fixture.app, `/api/ratings/matrix?prefecture=${q('架空県')}`);
    expect(bodies.groups.map((g: any) => g.label)).toEqual(['𠮷野町', 'テスト市']);
  });
});

describe('systems', () => {
  it('has one row per system with its seven connection checkboxes', async () => {
    const { rows } = await getJson(fixture.app, `/api/systems?municipality=${q('𠮷野町')}`);
    expect(rows.map((r: any) => [r.no, r.name, r.canonical])).toEqual([
      [1, '中間サーバー', '中間サーバー'],
      [2, '団体内統合宛名システム', '宛名システム'],
    ]);
    expect(rows[0].connections).toEqual({
      info_network: true,
      intra_linkage: false,
      juki_net: false,
      existing_juki: false,
      atena: false,
      tax: false,
      other: false,
      other_text: null,
    });
    expect(rows[1].connections.info_network).toBeNull();
  });

  it('keeps the raw spelling beside the folded name and filters by connection', async () => {
    const { rows } = await getJson(fixture.app, '/api/systems?connected_to=other');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name_raw: 'ワクチン接種記録システム（ＶＲＳ）', name: 'ワクチン接種記録システム(VRS)' });
    expect(rows[0].connections.other_text).toBe('健康情報システム');
    expect((await getJson(fixture.app, `/api/systems?canonical=${q('宛名システム')}`)).total).toBe(1);
  });

  it('matrix: canonical systems × prefectures, bodies per cell', async () => {
    const m = await getJson(fixture.app, '/api/systems/matrix');
    expect(m.systems.map((s: any) => s.canonical).sort()).toEqual(['ワクチン接種記録システム(VRS)', '中間サーバー', '宛名システム'].sort());
    expect(m.cells).toContainEqual({ system: '宛名システム', group: '99', bodies: 1, uncertain_bodies: 0 });
    expect(m.others).toBe(false);
    const top = await getJson(fixture.app, '/api/systems/matrix?top=1&by=body');
    expect(top.systems).toHaveLength(1);
    expect(top.others).toBe(true);
    expect(top.groups.map((g: any) => g.label)).toEqual(['小金井市', '𠮷野町']);
  });
});

describe('changes', () => {
  it('has one row per change with ISO date, section and timing', async () => {
    const { rows } = await getJson(fixture.app, '/api/changes?municipality=小金井市');
    expect(rows.map((r: any) => [r.changed_on, r.section, r.timing])).toEqual([
      ['2024-04-01', 'Ⅱ-4', '事後'],
      ['2023-01-10', 'Ⅰ-1', '事後'],
    ]);
    expect(rows[0]).toMatchObject({ changed_on_raw: '令和6年4月1日', before: '-', after: '+追加', timing_explanation: '@メンション' });
  });

  it('filters by date range, section (a part matches its items) and timing', async () => {
    const range = await getJson(fixture.app, '/api/changes?from=2024-01-01&to=2024-05-31');
    expect(range.rows.map((r: any) => r.changed_on)).toEqual(['2024-04-01', '2024-05-01']);
    const part = await getJson(fixture.app, `/api/changes?section=${q('Ⅱ')}`);
    expect(part.rows.map((r: any) => r.section).sort()).toEqual(['Ⅱ', 'Ⅱ-10', 'Ⅱ-4']);
    expect((await getJson(fixture.app, `/api/changes?section=${q('Ⅱ-1')}`)).total).toBe(0);
    expect((await getJson(fixture.app, `/api/changes?timing=${q('事前')}`)).total).toBe(5);
  });
});

describe('sources', () => {
  it('returns the span with context and its lines', async () => {
    const { rows } = await getJson(fixture.app, '/api/contracts?municipality=小金井市&limit=1');
    const c = rows[0];
    const s = await getJson(fixture.app, `/api/sources/${c.assessment_id}?from=${c.src_from}&to=${c.src_to}&context=10`);
    expect(s).toMatchObject({ from: c.src_from, to: c.src_to, text: '=HYPERLINK("x")', line_from: 4, line_to: 4 });
    expect(s.before).toBe('S)\r\n③委託先名 ');
    expect(s.after).toBe('\r\n①委託内容 <i');
    expect(s.context_from).toBe(c.src_from - 10);
    expect(s.source_file).toBe('koganei-2023.txt');
  });

  it('returns the whole text without a span, and a point with to omitted', async () => {
    const { rows } = await getJson(fixture.app, '/api/assessments?municipality=小金井市&published_from=2020-01-01');
    const whole = await getJson(fixture.app, `/api/sources/${rows[0].id}`);
    expect(whole.text.startsWith('特定個人情報保護評価書')).toBe(true);
    expect(whole.text.length).toBe(whole.length);
    const point = await getJson(fixture.app, `/api/sources/${rows[0].id}?from=5&context=0`);
    expect(point).toMatchObject({ from: 5, to: 5, text: '', before: '', after: '' });
  });
});

describe('sources at the edge of a character outside the BMP', () => {
  it('widens the context rather than cut 𠮷 in half', async () => {
    const { rows } = await getJson(fixture.app, `/api/systems?municipality=${q('𠮷野町')}&limit=1`);
    const id = rows[0].assessment_id;
    const whole = await getJson(fixture.app, `/api/sources/${id}`);
    const at = whole.text.indexOf('野町は');
    // context 1 would start on the low half of 𠮷 (two UTF-16 units)
    const s = await getJson(fixture.app, `/api/sources/${id}?from=${at}&to=${at + 2}&context=1`);
    expect(s.before).toBe('𠮷');
    expect(s.context_from).toBe(at - 2);
  });
});
