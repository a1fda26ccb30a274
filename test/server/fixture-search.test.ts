import { describe, expect, it } from 'vitest';
import { expectError, getJson, useFixtureApp } from '../helpers/api';
import { AWKWARD } from '../helpers/fixture-db';

const fixture = useFixtureApp();

const search = (query: string) => getJson(fixture.app, `/api/search?q=${encodeURIComponent(query)}`);

describe('search', () => {
  it('finds Japanese text through the trigram index, with document, city and location', async () => {
    const result = await search('委託先名');
    expect(result.mode).toBe('fts');
    expect(result.total).toBe(9);
    const hit = result.rows.find((r: any) => r.municipality === '𠮷野町');
    expect(hit).toMatchObject({ kind: 'source', hit: '委託先名', municipality_code: '999911', assessment_title: `予防接種 ${AWKWARD.formula}` });
    const source = await getJson(fixture.app, `/api/sources/${hit.assessment_id}?from=${hit.hit_from}&to=${hit.hit_to}`);
    expect(source.text).toBe('委託先名');
    const line = await getJson(fixture.app, `/api/sources/${hit.assessment_id}?from=${hit.src_from}&to=${hit.src_to}`);
    expect(line.text).toBe(hit.snippet);
    // every hit located at its own words, in documents with characters outside the BMP and without
    const located = result.rows.filter((r: any) => r.hit_from !== null);
    expect(new Set(located.map((r: any) => r.municipality)).size).toBeGreaterThan(2);
    for (const r of located) {
      expect((await getJson(fixture.app, `/api/sources/${r.assessment_id}?from=${r.hit_from}&to=${r.hit_to}`)).text, r.municipality).toBe('委託先名');
    }
  });

  it('matches the NFKC form too: full-width ＶＲＳ finds VRS', async () => {
    const { rows } = await search('ＶＲＳ');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ municipality: '小金井市', hit: 'VRS', snippet: 'システム1 ワクチン接種記録システム(VRS)' });
  });

  it('falls back to a scan for 1–2 characters, outside the BMP included', async () => {
    const short = await search('株');
    expect(short.mode).toBe('like');
    expect(short.total).toBe(7);
    const rare = await search('𠮷');
    expect(rare.mode).toBe('like');
    expect(rare.rows.map((r: any) => r.municipality)).toContain('𠮷野町');
    expect(rare.rows.every((r: any) => r.hit === '𠮷')).toBe(true);
  });

  it('finds extracted values, and reads quotes and operators as plain text', async () => {
    const { rows } = await search(AWKWARD.formula);
    expect(rows.map((r: any) => r.kind).sort()).toEqual(['contracts', 'source']);
    expect(rows.find((r: any) => r.kind === 'contracts').ref_id).toEqual(expect.any(Number));
    expect((await search('AND OR NOT')).total).toBe(0);
    expect((await search('"')).total).toBe(2);
  });

  it('filters by city and kind, and pages', async () => {
    expect((await getJson(fixture.app, `/api/search?q=${encodeURIComponent('委託先名')}&municipality=999931`)).total).toBe(2);
    const contracts = await getJson(fixture.app, `/api/search?q=${encodeURIComponent('HYPERLINK')}&kind=contracts`);
    expect(contracts.rows).toHaveLength(1);
    const page = await getJson(fixture.app, `/api/search?q=${encodeURIComponent('委託先名')}&limit=2&offset=2`);
    expect(page.rows).toHaveLength(2);
    expect(page.total).toBe(9);
  });

  it('shortens a long passage to a snippet around the hit', async () => {
    const { rows } = await search('宣言する');
    expect(rows[0].snippet).toBe('𠮷野町は、予防接種の事務について宣言する。');
  });

  it('asks for a word when q is empty', async () => {
    const { message } = await expectError(await fixture.app.request('/api/search?q=%20'), 400, 'bad_request');
    expect(message).toContain("'q'");
  });
});

describe('openapi.json', () => {
  it('documents every route, its filters, the error shape and the CSV twin', async () => {
    const doc = await getJson(fixture.app, '/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/assessments',
        '/api/assessments/{id}',
        '/api/audits',
        '/api/changes',
        '/api/changes/timeline',
        '/api/contractors',
        '/api/contractors/{id}',
        '/api/contractors/matrix',
        '/api/contracts',
        '/api/contracts/subcontract-shares',
        '/api/files',
        '/api/municipalities',
        '/api/outliers',
        '/api/procedures',
        '/api/provisions',
        '/api/ratings',
        '/api/ratings/matrix',
        '/api/search',
        '/api/sources/{assessment_id}',
        '/api/stats',
        '/api/systems',
        '/api/systems/matrix',
        '/api/thresholds',
      ].sort(),
    );
    const changes = doc.paths['/api/changes'].get;
    expect(changes.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['municipality', 'from', 'to', 'section', 'timing', 'format', 'limit', 'offset']),
    );
    expect(Object.keys(changes.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    expect(changes.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(Object.keys(doc.paths['/api/assessments/{id}'].get.responses)).toEqual(['200', '400', '404']);
    expect(Object.keys(doc.paths['/api/sources/{assessment_id}'].get.responses['200'].content)).toEqual(['application/json']);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Contract', 'Contractor', 'Rating', 'System', 'Change', 'Outlier', 'SearchHit', 'Error']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['File', 'Provision', 'Audit', 'Procedure', 'Stats']));
    for (const part of ['/api/files', '/api/provisions', '/api/audits', '/api/procedures']) {
      const get = doc.paths[part].get;
      expect(get.parameters.map((p: any) => p.name), part).toEqual(expect.arrayContaining(['municipality', 'assessment_id', 'format']));
      expect(Object.keys(get.responses['200'].content), part).toEqual(['application/json', 'text/csv']);
    }
    expect(Object.keys(doc.paths['/api/stats'].get.responses['200'].content)).toEqual(['application/json']);
    expect(Object.keys(doc.components.schemas.Contract.properties)).toEqual(
      expect.arrayContaining(['contractor_raw', 'contractors', 'subcontract', 'certain', 'src_from', 'line_to']),
    );
    expect(doc.paths['/api/outliers'].get.description).toContain('40 points');
  });
});
