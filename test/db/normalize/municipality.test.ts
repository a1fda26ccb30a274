import { describe, expect, it } from 'vitest';
import { mentionedBodies, resolveBody } from '../../../db/ingest/normalize/municipality';

describe('resolving a body to its 全国地方公共団体コード', () => {
  it.each([
    ['東京都小金井市長', '132101', '小金井市', '東京都', 'こがねいし'],
    ['北九州市長', '401005', '北九州市', '福岡県', 'きたきゅうしゅうし'],
    ['防府市', '352063', '防府市', '山口県', 'ほうふし'],
    ['横浜市長', '141003', '横浜市', '神奈川県', 'よこはまし'],
    ['札幌市', '011002', '札幌市', '北海道', 'さっぽろし'],
    ['北海道知事', '010006', '北海道', '北海道', 'ほっかいどう'],
  ])('%s → %s', (written, code, name, prefecture, kana) => {
    expect(resolveBody(written)).toEqual({ kind: 'resolved', body: expect.objectContaining({ code, name, prefecture, kana }) });
  });

  it('needs the prefecture where two bodies share a name', () => {
    const r = resolveBody('府中市');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.prefecture).sort()).toEqual(['広島県', '東京都']);
    expect(resolveBody('東京都府中市長')).toEqual({ kind: 'resolved', body: expect.objectContaining({ code: '132063' }) });
  });

  it('says when a name is no body', () => {
    expect(resolveBody('予防接種台帳').kind).toBe('unknown');
  });

  it('counts the bodies a text mentions, the longest name first', () => {
    const m = mentionedBodies('北九州市保健福祉局、北九州市立文書館、福岡市');
    expect(m.get('北九州市')).toBe(2);
    expect(m.get('福岡市')).toBe(1);
    expect(m.has('九州市')).toBe(false);
  });
});
