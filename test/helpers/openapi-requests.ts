/**
 * Requests built from the app's own OpenAPI document, for property-based tests: every GET
 * route with every combination of its parameters, each either a value its schema accepts or
 * something hostile. New routes and parameters are covered as soon as they are documented.
 */
import fc from 'fast-check';

export interface ParameterSchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  example?: string;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: ParameterSchema;
}

export interface Operation {
  path: string;
  parameters: Parameter[];
}

/** The GET operations of an OpenAPI document. */
export function getOperations(doc: { paths: Record<string, { get?: { parameters?: Parameter[] } }> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => (item.get ? [{ path, parameters: item.get.parameters ?? [] }] : []));
}

const WHOLE = '^\\d+$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** A value the parameter's schema describes (it may still be refused, e.g. a day that does not exist). */
export function wellFormed(schema: ParameterSchema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.pattern === WHOLE) {
    return fc.oneof(
      fc.nat({ max: 60 }).map(String),
      fc.constantFrom('0', '1', '100000', '100001', '9007199254740991', '9007199254740992', '99999999999999999999', '007'),
    );
  }
  if (schema.pattern === DATE) {
    return fc.oneof(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '0000-00-00'),
    );
  }
  const text = fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) });
  return schema.example === undefined ? text : fc.oneof(fc.constant(schema.example), text);
}

/** Text no schema asks for: signs, exponents, markup, SQL and FTS5 syntax, controls, any code point. */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '-0',
    '+1',
    '1.5',
    '1e3',
    '0x10',
    ' 1',
    'NaN',
    'Infinity',
    'null',
    'true',
    '[]',
    '%',
    "' OR 1=1 --",
    '"',
    '*',
    'NEAR(a b)',
    '\u0000',
    'a\u0000',
    '\uFEFF',
    '<script>alert(1)</script>',
    '9'.repeat(400),
    'あ'.repeat(201),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 190, maxLength: 220 }),
);

/** Raw (already percent-encoded, possibly malformed) spellings that URLSearchParams would never write. */
const rawFragments = fc.constantFrom('%zz', '%', '%0', '%00', '%E3%81', '%C0%80', '%ED%A0%80', '%FF', '%25', '+', '%2B1', 'a%26b%3Dc');

interface Pick {
  name: string;
  value: string;
  raw: boolean;
}

/** One request to an operation: any subset of its query parameters, each well-formed, hostile or raw. */
export function requestTo(op: Operation): fc.Arbitrary<string> {
  const value = (p: Parameter): fc.Arbitrary<Pick> =>
    fc.oneof(
      { weight: 3, arbitrary: wellFormed(p.schema).map((v) => ({ name: p.name, value: v, raw: false })) },
      { weight: 2, arbitrary: hostile.map((v) => ({ name: p.name, value: v, raw: false })) },
      { weight: 1, arbitrary: rawFragments.map((v) => ({ name: p.name, value: v, raw: true })) },
    );
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  const queryPicks = fc.tuple(
    ...query.map((p) =>
      p.required ? value(p).map((v) => [v]) : fc.oneof(fc.constant([] as Pick[]), value(p).map((v) => [v]), fc.tuple(value(p), value(p))),
    ),
  );
  return fc.tuple(fc.tuple(...pathParams.map(value)), queryPicks).map(([path, picks]) => {
    let url = op.path;
    for (const p of path) url = url.replace(`{${p.name}}`, p.raw ? p.value : encodeURIComponent(p.value));
    const parts = picks.flat().map((p) => `${encodeURIComponent(p.name)}=${p.raw ? p.value : encodeURIComponent(p.value)}`);
    return parts.length ? `${url}?${parts.join('&')}` : url;
  });
}

/** limit/offset in and out of range, alone or together, with the route's required parameters. */
export function pagingOf(op: Operation) {
  const count = fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom('100000', '9007199254740991'), hostile);
  return fc.record({ limit: fc.option(count, { nil: undefined }), offset: fc.option(count, { nil: undefined }) }).map((page) => {
    const params = new URLSearchParams(requiredExamples(op));
    if (page.limit !== undefined) params.set('limit', page.limit);
    if (page.offset !== undefined) params.set('offset', page.offset);
    return { page, url: `${op.path}?${params}` };
  });
}

/** The route's required query parameters at their documented examples. */
export function requiredExamples(op: Operation): Record<string, string> {
  return Object.fromEntries(op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, p.schema.example ?? 'x']));
}
