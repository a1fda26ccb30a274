import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../../db/form/fields';
import { STATE_WORDS } from '../../../db/form/field-states';
import { describeReason, REASONS, type Lang } from '../../../db/form/reasons';

/**
 * Every reason and label the interface shows is worded in both languages, in the form's own
 * words: no program identifiers (camelCase, snake_case) anywhere, and no Latin letters at all in
 * the Japanese wording but what the form itself prints.
 */
/** Parameters of any shape: every one a list of one Japanese word (it prints, maps and joins). */
const anyParams = new Proxy({}, { get: () => ['語'] });

const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;
/** the form prints these in Latin letters (system and network names; NUL, the character's own name) */
const FORM_LATIN = /VRS|LGWAN|NISC|PDF|NUL/g;

describe('reasons', () => {
  const codes = Object.keys(REASONS);

  it.each(codes)('%s: Japanese in the form\'s words, English without identifiers', (code) => {
    const ja = describeReason({ code, params: anyParams }, 'ja');
    const en = describeReason({ code, params: anyParams }, 'en');
    expect(ja.length).toBeGreaterThan(5);
    expect(ja.replace(FORM_LATIN, '')).not.toMatch(/[A-Za-z]/);
    expect(en).toMatch(/[a-z]{3}/);
    expect(en).not.toMatch(IDENTIFIER);
    expect(ja).not.toMatch(IDENTIFIER);
  });

  it('a code this build does not know is shown as itself, never dropped', () => {
    expect(describeReason({ code: 'fromANewerBuild' }, 'ja')).toBe('fromANewerBuild');
  });
});

describe('field labels and states', () => {
  const labels = Object.entries(FIELD_LABELS).flatMap(([resource, fields]) =>
    Object.entries(fields).map(([field, words]) => [resource, field, words as Record<Lang, string>] as const),
  );

  it.each(labels)('%s.%s is labelled in the form\'s words in both languages', (_resource, field, words) => {
    expect(words.ja.replace(FORM_LATIN, '')).not.toMatch(/[A-Za-z]/);
    expect(words.ja).not.toBe(field);
    expect(words.en).not.toMatch(IDENTIFIER);
  });

  it('the states are worded as the interface says them: 記載なし only for what the document wrote as empty', () => {
    expect(STATE_WORDS).toEqual({
      blank: { ja: '記載なし', en: 'nothing written' },
      absent: { ja: '該当部分なし', en: 'part absent' },
      unread: { ja: '読み取れず', en: 'not read' },
      uncertain: { ja: '要確認', en: 'to check' },
    });
  });
});
