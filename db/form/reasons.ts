/**
 * Why the reader could not decide a value: a code with parameters, stored as such and worded
 * only when shown, in the interface's language. Parameters are numbers or the form's own words
 * (「委託事項」, 「③委託先名」), never the program's field names.
 */
export type Lang = 'ja' | 'en';

type Words<P> = { ja: (p: P) => string; en: (p: P) => string };
const define = <P extends object = Record<string, never>>(ja: (p: P) => string, en: (p: P) => string): Words<P> => ({ ja, en });

const jaList = (xs: readonly string[]) => xs.map((x) => `「${x}」`).join('');
const enList = (xs: readonly string[]) => xs.map((x) => `「${x}」`).join(', ');

/** 'cover' = 表紙 (the first page), 'page' = the page that holds the value */
type Where = 'cover' | 'page';
const jaWhere = (w: Where) => (w === 'cover' ? '表紙' : '同じページ');
const enWhere = (w: Where) => (w === 'cover' ? 'the cover page' : 'the page');

export const REASONS = {
  /** several texts qualify for one value and nothing in the text picks one */
  candidates: define<{ count: number; where: Where }>(
    (p) => `${jaWhere(p.where)}に候補が${p.count}つあり、どれがこの欄の値か本文から決められない`,
    (p) => `${p.count} candidates on ${enWhere(p.where)}; the text does not decide which is this field's value`,
  ),
  coverDates: define<{ count: number; labels: string[] }>(
    (p) => `表紙に日付が${p.count}つあり、${jaList(p.labels)}のどれがどの日付か本文から決められない`,
    (p) => `${p.count} dates on the cover page for ${enList(p.labels)}; the text does not tie each date to its label`,
  ),
  /** values of one kind printed apart from their labels, more than one item to give them to */
  valuesByOrder: define<{ values: number; slots: number }>(
    (p) => `同じページに値が${p.values}つ、欄が${p.slots}つあり、本文が結び付けていないため順に当てはめた`,
    (p) => `${p.values} value(s) on the page for ${p.slots} field(s), not tied to them by the text; placed in order`,
  ),
  itemsSharePage: define<{ count: number; item: string }>(
    (p) => `同じページに${p.item}が${p.count}件あり、この値がどの${p.item}のものか本文から決められない`,
    (p) => `${p.count} ${p.item} share the page; the text does not tie this value to one of them`,
  ),
  /** several items on one page print the same row; the count of rows does not say whose is whose */
  rowsShared: define<{ item: string; nos: number[] }>(
    (p) => `同じページに${p.nos.map((n) => `${p.item}${n}`).join('・')}のこの行が印刷されており、どれがどの${p.item}のものか本文から決められない（印刷の並びから当てはめた）`,
    (p) => `the page prints this row for ${p.nos.map((n) => `${p.item}${n}`).join(', ')}; the text does not tie each to its ${p.item} (placed by the printing order)`,
  ),
  headingsNotTied: define<{ headings: string[] }>(
    (p) => `ページに見出し${jaList(p.headings)}があり、この値がどの見出しに属するか本文から決められない`,
    (p) => `the page holds the headings ${enList(p.headings)}; the text does not tie this value to one of them`,
  ),
  beyondStatedCount: define<{ item: string; no: number; stated: number }>(
    (p) => `記載された件数（${p.stated}件）を超える${p.no}件目の${p.item}として読んだ。${p.stated}件のいずれかに属する値である`,
    (p) => `read as ${p.item} no. ${p.no}, beyond the stated (${p.stated}) 件; it belongs to one of the ${p.stated}`,
  ),
  numberingNotTied: define<{ count: number; item: string }>(
    (p) => `同じページに${p.item}が${p.count}件あり、本文からそれぞれの番号を決められない`,
    (p) => `${p.count} ${p.item} on one page; the text does not tie each to its number`,
  ),
  /** a label printed without its value: the box right after it read as the value */
  nextBox: define<{ label: string }>(
    (p) => `「${p.label}」の欄に値がなく、直後の枠の文をその値とした（本文は両者を結び付けていない）`,
    (p) => `「${p.label}」 holds no value; the box right after it was read as its value (the text does not tie them)`,
  ),
  /** a list of names without marks over several lines: a line may be a name wrapped by the page */
  namesWrapped: define<{ lines: number }>(
    (p) => `番号も記号もない${p.lines}行の一覧を1行1件として読んだ（1件が折り返された行かもしれない）`,
    (p) => `a list of ${p.lines} lines without numbers or marks, read as one name per line (a line may be a name wrapped by the page)`,
  ),
  leftoverText: define(
    () => 'ページに残った唯一の短い文をこの欄の値とした',
    () => 'taken from the one short text left on the page',
  ),
  sameWording: define(
    () => '同じ文言の文が2つあり、短い方を名称、長い方を委託内容とした',
    () => 'two texts of the same wording: the shorter read as the title, the longer as ①委託内容',
  ),
  riskNotTied: define<{ answers: number; risks: number }>(
    (p) => `同じページに「リスクへの対策は十分か」が${p.answers}つ、リスクが${p.risks}つあり、どのリスクへの回答か本文から決められない`,
    (p) => `${p.answers} 「リスクへの対策は十分か」 and ${p.risks} risk(s) on the page; the text does not say which risk this answer is for`,
  ),
  answersByOrder: define<{ answers: string[]; questions: number }>(
    (p) => `同じページの同種の設問${p.questions}つに回答${jaList(p.answers)}があり、本文が結び付けていないため順に当てはめた`,
    (p) => `answers ${enList(p.answers)} for ${p.questions} question(s) of this kind on the page, not tied to them by the text; placed in order`,
  ),
  measureNotTied: define<{ labels: string[] }>(
    (p) => `${jaList(p.labels)}の枠の文を本文から特定できない`,
    (p) => `the text of the box ${enList(p.labels)} cannot be told apart in the text`,
  ),
  measureLeftover: define<{ label: string }>(
    (p) => `「${p.label}」の枠の文がそばになく、ページに残った唯一の文をその文とした`,
    (p) => `no text beside the box 「${p.label}」; taken from the one text left on the page`,
  ),
  measuresByOrder: define<{ labels: number; texts: number }>(
    (p) => `同じページに文のない枠が${p.labels}つ、枠のそばにない文が${p.texts}つあり、本文が結び付けていないため順に当てはめた`,
    (p) => `${p.labels} box(es) without text and ${p.texts} text(s) apart from any box on the page, not tied by the text; placed in order`,
  ),
  measureBesideQuestion: define<{ label: string }>(
    (p) => `「${p.label}」の枠の文が枠のそばになく、設問の直前に印刷された文をその文とした`,
    (p) => `the text of the box 「${p.label}」 is not beside it; taken from the text printed just before the question`,
  ),
  measureFromPageBefore: define<{ label: string }>(
    (p) => `「${p.label}」の枠の文が同じページになく、次のページの冒頭の文をその文とした（行がページをまたいだもの）`,
    (p) => `no text for the box 「${p.label}」 on its page; the text opening the next page is taken as its text (a row run over the page break)`,
  ),
  measureBoxesByOrder: define<{ label: string; count: number }>(
    (p) => `同じページに「${p.label}」の枠が${p.count}つあり、本文がそれぞれの設問・リスクに結び付けていないため、順序と文言で当てはめた`,
    (p) => `${p.count} boxes 「${p.label}」 on the page, not tied by the text to their questions or risks; matched by order and wording`,
  ),
  marksApart: define<{ labels: string[] }>(
    (p) => `${jaList(p.labels)}の欄の印が枠から離れて印刷されている`,
    (p) => `the mark of ${enList(p.labels)} is printed apart from its box`,
  ),
  checkboxesInterleaved: define(
    () => '同じページにある複数のシステムのチェック欄の行が入り混じっている',
    () => 'the checkbox lines of several systems on the page are interleaved',
  ),
  headingsPairedByOrder: define(
    () => '同じページに複数のシステムがあり、見出しと名称を順に対応させた',
    () => 'several systems on the page: headings and names paired in order',
  ),
  columnsByOrder: define<{ dates: number; timings: number }>(
    (p) =>
      `このページは変更日${p.dates}件と提出時期${p.timings}件を行と離れた別々の列として印刷しており${p.dates === p.timings ? '' : '（件数が合わない）'}、順に対応させた`,
    (p) =>
      `the page prints its ${p.dates} date(s) and ${p.timings} timing(s) as separate columns${p.dates === p.timings ? '' : ' of different lengths'}, apart from their rows; paired in order`,
  ),
  textsByOrder: define<{ texts: number; rows: number }>(
    (p) => `このページは${p.rows}行分の文${p.texts}個を行と離れて印刷しており、どの行の文か本文から決められない`,
    (p) => `the page prints ${p.texts} text(s) for ${p.rows} row(s) apart from their rows; the text does not tie each to its row`,
  ),
  orphanDate: define<{ count: number }>(
    (p) => `行の前に変更日がなく、行のない日付${p.count}件を順に当てた`,
    (p) => `no date stands before the row; ${p.count} date(s) without a row matched in order`,
  ),
  beforeAfterOneCell: define(
    () => '文の欄が1つしかなく、変更前と変更後を区別できない',
    () => 'one text cell: 変更前 and 変更後 cannot be told apart',
  ),
  pairOnOneLine: define<{ spaces: number }>(
    (p) => `変更前と変更後が1行に続けて印刷されており、区切りの候補が${p.spaces}か所あって境目を本文から決められない`,
    (p) => `変更前 and 変更後 are printed on one line with ${p.spaces} places where they could part; the text does not decide which`,
  ),
  textsSplit: define<{ pieces: number }>(
    (p) => `変更前・変更後の文が${p.pieces}個の塊に分かれて印刷されており、どこまでが変更前か本文から決められない（半分ずつに分けた）`,
    (p) => `the 変更前 and 変更後 texts come out as ${p.pieces} pieces; the text does not say where 変更前 ends (halved)`,
  ),
  apartFromRow: define(
    () => 'このページは行の一部を項目から離れて印刷しており、どの行のものか本文から決められない（並びと文の似かたから当てた）',
    () => 'the page prints part of its rows apart from their items; the text does not tie this value to its row (placed by its position and by how alike the texts read)',
  ),
  cellsRebuilt: define(
    () => '抽出で文字の枠（セル）の境目が失われており、この値がどこで始まりどこで終わるかは行のつながりから組み立て直したもので、本文からは決められない',
    () => 'the extraction lost the boundaries of the cells; where this value begins and ends was rebuilt from how the lines run on, not decided by the text',
  ),
  itemPieces: define<{ pieces: number }>(
    (p) => `項目が${p.pieces}個の塊に分かれて印刷されており、どこまでが項目か本文から決められない（変更前・変更後の前の塊をつないだ）`,
    (p) => `the item comes out as ${p.pieces} pieces; the text does not say which of them are the item (the pieces before 変更前 and 変更後 joined)`,
  ),
  beforeAfterCells: define<{ cells: number }>(
    (p) => `変更前・変更後の2欄のところ文の欄が${p.cells}つある`,
    (p) => `${p.cells} text cells where 変更前 and 変更後 are two`,
  ),
  severalBands: define<{ count: number }>(
    (p) => `選択肢の外に範囲の回答が${p.count}つある`,
    (p) => `${p.count} bands outside the option lists`,
  ),
  severalAnswers: define<{ answers: string[] }>(
    (p) => `同じページに回答${jaList(p.answers)}があり、どれか本文から決められない`,
    (p) => `several answers on the page (${enList(p.answers)}); the text does not decide which`,
  ),
  notFound: define(
    () => '本文から読み取れなかった',
    () => 'not found in the text',
  ),
  impossibleDate: define<{ raw: string }>(
    (p) => `「${p.raw}」は実在しない日付である`,
    (p) => `「${p.raw}」 is not a real date`,
  ),
  unreadableDate: define<{ raw: string }>(
    (p) => `「${p.raw}」を日付として読めない`,
    (p) => `「${p.raw}」 cannot be read as a date`,
  ),
  bodiesDiffer: define<{ names: string[] }>(
    (p) => `評価実施機関名と宣言が異なる団体を挙げている（${jaList(p.names)}）`,
    (p) => `評価実施機関名 and the 宣言 name different bodies (${enList(p.names)})`,
  ),
  bodyAmbiguous: define<{ name: string; candidates: string[] }>(
    (p) => `「${p.name}」は複数の団体の名称であり（${p.candidates.join('、')}）、本文の都道府県から決められない`,
    (p) => `「${p.name}」 names more than one body (${p.candidates.join(', ')}) and the text states no prefecture that decides`,
  ),
  bodyUnknown: define<{ name: string }>(
    (p) => `「${p.name}」は既知の地方公共団体でない`,
    (p) => `「${p.name}」 is not a known local public body`,
  ),
  bodiesMentioned: define<{ names: string[] }>(
    (p) => `本文が複数の団体を挙げている（${jaList(p.names)}）`,
    (p) => `the text names several bodies (${enList(p.names)})`,
  ),
  noBody: define(
    () => '本文がどの団体の評価書かを述べていない',
    () => 'the text names no body',
  ),
  /** a ward of a designated city (横浜市中区) is no body of its own: its city is */
  wardOfCity: define<{ ward: string; city: string }>(
    (p) => `「${p.ward}」は${p.city}の行政区であり、地方公共団体ではないため${p.city}とした`,
    (p) => `「${p.ward}」 is an administrative ward of ${p.city}, not a body of its own; read as ${p.city}`,
  ),
  affairSeveral: define<{ name: string; affairs: string[] }>(
    (p) => `「${p.name}」は複数の事務（${p.affairs.join('、')}）を挙げており、一つの事務に分類できない`,
    (p) => `「${p.name}」 names several affairs (${p.affairs.join(', ')}); it cannot be classed as one`,
  ),
  affairUnclassified: define<{ name: string }>(
    (p) => `「${p.name}」は事務の分類表のどの事務にも当たらない`,
    (p) => `「${p.name}」 matches no affair of the list`,
  ),
  affairByLegalBasis: define<{ items: string[] }>(
    (p) => `事務の名称からは分類できず、個人番号の利用の法令上の根拠（番号法${p.items.join('、')}）から分類した`,
    (p) => `not classed by the affair's name but by the legal basis for using the number (番号法 ${p.items.join(', ')})`,
  ),
  controlCharactersRemoved: define<{ count: number }>(
    (p) => `読み込み時に制御文字（NUL など）${p.count}個を取り除いた`,
    (p) => `${p.count} control character(s) (NUL …) removed when reading`,
  ),
  truncatedEnding: define(
    () => 'ファイルが文字の途中で終わっており、最後の1文字を読めなかった',
    () => 'the file ends in the middle of a character: its last character could not be read',
  ),
  statedCountDiffers: define<{ item: string; stated: number; read: number }>(
    (p) => `${p.item}は（${p.stated}）件と記載されているが、本文には${p.read}件しかない`,
    (p) => `the form states (${p.stated}) 件 of ${p.item}; the text holds ${p.read}`,
  ),
  /** font subsetting lost glyphs: the extraction holds placeholders where characters were */
  glyphsLost: define<{ count: number }>(
    (p) => `抽出した文字のうち${p.count}文字が失われており（フォントのサブセット化）、この値を本文から確かめられない`,
    (p) => `${p.count} character(s) lost in the extraction (font subsetting); the value cannot be checked against the text`,
  ),
  numbersMissing: define<{ missing: string[] }>(
    (p) => `${jaList(p.missing)}が本文にない`,
    (p) => `${enList(p.missing)} absent from the text`,
  ),
} as const;

export type ReasonCode = keyof typeof REASONS;
type ParamsOf<C extends ReasonCode> = Parameters<(typeof REASONS)[C]['ja']>[0];

/** A stored reason: `{ code, params }`. */
export type Reason = { [C in ReasonCode]: ParamsOf<C> extends Record<string, never> ? { code: C; params?: undefined } : { code: C; params: ParamsOf<C> } }[ReasonCode];

export function reason<C extends ReasonCode>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]): Reason {
  return (params.length ? { code, params: params[0] } : { code }) as Reason;
}

/** A reason as it travels (JSON from the API): any code, any parameters. */
export interface ReasonLike {
  code: string;
  params?: unknown;
}

/** A reason in words; a code this build does not know (a newer database) is shown as itself. */
export function describeReason(r: ReasonLike, lang: Lang): string {
  const words = (REASONS as Record<string, Words<unknown>>)[r.code];
  return words ? words[lang](r.params ?? {}) : r.code;
}
