/** A strict RFC 4180 reader for tests: CRLF records, "" inside quotes; BOM must be stripped first. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && cell === '') {
      const end = closingQuote(text, i + 1);
      cell = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
      if (text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') {
      record.push(cell);
      cell = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
      cell += text[i++];
    }
  }
  if (cell !== '' || record.length) throw new Error('last record lacks CRLF');
  return records;
}

function closingQuote(text: string, from: number) {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  throw new Error('unclosed quote');
}
