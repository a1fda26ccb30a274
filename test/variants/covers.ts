/**
 * Cover pages of other bodies, written from the form's structure (the cover's labels and
 * values, then the 項目一覧), in the pdf-text layout the seeds have: boxes apart by blank
 * lines. relay.ts lays them out as other tools do. Only the opening pages: what a body's
 * published extract often holds.
 */
export interface Cover {
  version?: string;
  kind: string;
  number: string;
  title: string;
  body: string;
  agency: string;
  published: string;
  approval?: string;
  draftMark?: string;
}

const TOC: Record<string, string[]> = {
  基礎項目評価書: ['Ⅰ　関連情報', 'Ⅱ　しきい値判断項目', 'Ⅲ　しきい値判断結果', 'Ⅳ　リスク対策', 'Ⅴ　開示請求、問合せ', '（別添１）　変更箇所'],
  重点項目評価書: ['Ⅰ　基本情報', 'Ⅱ　特定個人情報ファイルの概要', '（別添１）　特定個人情報ファイル記録項目', 'Ⅲ　リスク対策', 'Ⅳ　開示請求、問合せ', 'Ⅴ　評価実施手続', '（別添２）　変更箇所'],
  全項目評価書: ['Ⅰ　基本情報', 'Ⅱ　特定個人情報ファイルの概要', 'Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策', 'Ⅳ　その他のリスク対策', 'Ⅴ　開示請求、問合せ', 'Ⅵ　評価実施手続', '（別添３）　変更箇所'],
};

export function coverText(c: Cover): string {
  const declaration =
    `${c.body}は、${c.title.replace(/\s*(基礎項目|重点項目|全項目)評価書.*$/, '')}における特定個人情報ファイルの取扱いにあたり、特定個人情報ファイルの取扱いが個人のプライバシー等の権利利益に影響を及ぼしかねないことを認識し、特定個人情報の漏えいその他の事態を発生させるリスクを軽減させるために適切な措置を講じ、もって個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。`;
  const wrapped = declaration.match(/.{1,34}/g)!.join('\n');
  const boxes = [
    ...(c.version ? [c.version] : []),
    `特定個人情報保護評価書（${c.kind}）${c.draftMark ?? ''}`,
    '評価書番号',
    '評価書名',
    c.number,
    c.title,
    '個人のプライバシー等の権利利益の保護の宣言',
    wrapped,
    '特記事項',
    'なし',
    '評価実施機関名',
    c.agency,
    '公表日',
    ...(c.published ? [c.published] : []),
    ...(c.approval !== undefined ? ['個人情報保護委員会　承認日　【行政機関等のみ】', ...(c.approval ? [c.approval] : [])] : []),
  ];
  return `${boxes.join('\n\n')}\n\n\n\n項目一覧\n\n${TOC[c.kind]!.join('\n\n')}\n`;
}
