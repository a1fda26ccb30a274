/** The bench's own arithmetic and argument reading (the bench itself prints figures and asserts nothing). */
import { describe, expect, test } from 'vitest';
import { bytes } from './format';
import { parseOptions, UsageError } from './options';
import { recordCounter } from './record-counter';
import { quantile } from './stats';

describe('recordCounter', () => {
  test('counts CSV records, not the line breaks inside quoted cells, across chunk boundaries', () => {
    const csv = '\uFEFFid,name,note\r\n1,"札幌市","two\r\nlines"\r\n2,"a ""quoted"" word",x\r\n3,b,"ends ""\r\n"""\r\n';
    const data = Buffer.from(csv, 'utf8');
    for (const size of [1, 2, 3, 7, data.length]) {
      const counter = recordCounter();
      for (let i = 0; i < data.length; i += size) counter.add(data.subarray(i, i + size));
      expect(counter.records, `chunks of ${size}`).toBe(4);
    }
  });
});

describe('quantile', () => {
  test('nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0.99)).toBe(10);
    expect(quantile([42], 0.5)).toBe(42);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('bytes', () => {
  test('decimal units, as the targets are written', () => {
    expect([bytes(999), bytes(1_000), bytes(1_234_567), bytes(500e6), bytes(2_500_000_000)]).toEqual(['999 B', '1 kB', '1.2 MB', '500 MB', '2.5 GB']);
  });
});

describe('parseOptions', () => {
  test('the national corpus, every part, 60 s of load by default', () => {
    const o = parseOptions([]);
    expect(o.corpus).toEqual({ kind: 'national' });
    expect([...o.parts]).toEqual(['ingest', 'browser', 'api', 'csv', 'load']);
    expect([o.loadSeconds, o.endpointSeconds, o.sqld, o.build]).toEqual([60, 5, false, true]);
  });

  test('--seeds, --only, --duration, --sqld', () => {
    const o = parseOptions(['--seeds', '--only', 'api,load', '--duration', '30', '--sqld']);
    expect(o.corpus).toEqual({ kind: 'seeds' });
    expect([...o.parts]).toEqual(['api', 'load']);
    expect([o.loadSeconds, o.sqld]).toEqual([30, true]);
  });

  test('a part that does not exist, or a duration that is not one, is refused by name', () => {
    expect(() => parseOptions(['--only', 'api,speed'])).toThrow(new UsageError("--only api,speed: 'speed' is not one of ingest, browser, api, csv, load"));
    expect(() => parseOptions(['--duration', 'soon'])).toThrow(/--duration soon: expected a number of seconds above 0/);
    expect(() => parseOptions(['--seeds', '--corpus', '/tmp/x'])).toThrow(/--seeds and --corpus: choose one/);
  });
});
