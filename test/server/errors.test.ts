import { describe, expect, it } from 'vitest';
import { expectError, useFixtureApp } from '../helpers/api';

const fixture = useFixtureApp();

describe('unknown ids → 404', () => {
  it.each([
    '/api/assessments/999999',
    '/api/contractors/999999',
    '/api/sources/999999',
    '/api/nothing-here',
    '/api',
    '/api/ratings/matrix/extra',
  ])('%s', async (path) => {
    await expectError(await fixture.app.request(path), 404, 'not_found');
  });
});

describe('malformed parameters → 400', () => {
  it.each([
    '/api/assessments/abc',
    '/api/assessments/0',
    '/api/assessments/-1',
    '/api/assessments/1.5',
    '/api/assessments/99999999999999999999',
    '/api/contractors/%F0%9F%98%80',
    '/api/sources/x',
    '/api/contracts?limit=abc',
    '/api/contracts?limit=0',
    '/api/contracts?limit=1000001',
    '/api/contracts?offset=-3',
    '/api/contracts?subcontract=maybe',
    '/api/contracts?undecided=yes',
    '/api/contracts?format=xlsx',
    '/api/contracts?municipality=a&municipality=b',
    '/api/assessments?kind=基本',
    '/api/assessments?published_from=2024-13-01',
    '/api/assessments?published_from=2024-02-01&published_to=2024-01-01',
    '/api/changes?from=2024-02-30',
    '/api/changes?from=yesterday',
    '/api/changes?from=2024-05-01&to=2024-04-01',
    '/api/changes?timing=事中',
    '/api/ratings?max_score=high',
    '/api/systems?connected_to=fax',
    '/api/outliers?kind=everything',
    '/api/outliers?severity=critical',
    '/api/search',
    '/api/search?q=',
    '/api/search?q=%20%20',
    `/api/search?q=${'あ'.repeat(201)}`,
    '/api/sources/1?from=10&to=5',
    '/api/sources/1?to=99999999',
    '/api/sources/1?context=-1',
    `/api/municipalities?municipality=${'x'.repeat(101)}`,
    '/api/files?assessment_id=0',
    '/api/files?certain=maybe',
    '/api/provisions?direction=送付',
    '/api/audits?kind=監督',
    '/api/audits?checked=yes',
    '/api/procedures?kind=review',
    '/api/thresholds?handlers_500_or_more=maybe',
  ])('%s', async (path) => {
    await expectError(await fixture.app.request(path), 400, 'bad_request');
  });

  it('names the parameter at fault', async () => {
    const { message } = await expectError(await fixture.app.request('/api/contracts?limit=abc'), 400);
    expect(message).toContain('limit');
  });
});

describe('read-only', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s → 405 and nothing changes', async (method) => {
    const before = await (await fixture.app.request('/api/contracts')).text();
    const res = await fixture.app.request('/api/contracts', { method, body: '{"title":"x"}', headers: { 'content-type': 'application/json' } });
    await expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await (await fixture.app.request('/api/contracts')).text()).toBe(before);
  });

  it('HEAD answers like GET without a body', async () => {
    const res = await fixture.app.request('/api/municipalities', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('never a 500 for what a client can send', () => {
  const odd = [
    "'; DROP TABLE contracts; --",
    '" OR 1=1 --',
    'NEAR(a b)',
    'a AND OR NOT',
    '*',
    '"',
    '%',
    '_',
    '\\',
    '𠮷',
    '🙂🙂🙂',
    '\u0000\u0001',
    '=HYPERLINK("x")',
    '<script>alert(1)</script>',
  ];
  const paths = [
    '/api/municipalities?municipality=',
    '/api/assessments?q=',
    '/api/contracts?contractor=',
    '/api/contracts?file=',
    '/api/contractors?q=',
    '/api/ratings?stage=',
    '/api/ratings/matrix?question=',
    '/api/changes?section=',
    '/api/systems?canonical=',
    '/api/files?name=',
    '/api/provisions?file=',
    '/api/provisions?recipient=',
    '/api/search?q=',
    '/api/search?kind=source&q=',
  ];
  it.each(paths)('%s…', async (prefix) => {
    for (const value of odd) {
      const res = await fixture.app.request(prefix + encodeURIComponent(value));
      expect(res.status, `${prefix}${value}`).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('a malformed percent-encoding is not a crash', async () => {
    const res = await fixture.app.request('/api/search?q=%E0%A4%A');
    expect(res.status).toBeLessThan(500);
  });
});
