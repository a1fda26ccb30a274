import { fact, type Maybe, type RatingFacts } from '../../facts';
import type { FactsBuilder } from '../../facts-builder';
import { connectionList, parseCheckboxes, parseGraded, statedItems } from '../../form/answers';
import { labelKey, type GroupKind } from '../../form/labels';
import type { MeasurePart } from '../../measure-text';
import type { PartName, Stage } from '../../form/parts';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import { filled, type Row } from './rows';
import { draftMark, formVersionIn, kindOfVersion } from '../cover-shapes';

export interface Context {
  b: FactsBuilder;
  part: PartName | 'header';
  section: { no: number; key: string } | null;
  stage: Stage | null;
  group: { kind: GroupKind; no: number; span: Span; titled: boolean } | null;
  risk: string | null;
  fileNo: number;
  /** a label printed on its own line, waiting for the prose lines that are its value */
  pending: { key: string; lines: string[]; span: Span } | null;
  /** the section heading just read, whose value may be the next unlabeled row */
  afterHeading: string | null;
  headerColumns?: string[];
  /** a question's rating (ユーザ認証の管理…) whose text boxes (具体的な管理方法) follow it */
  awaitingMeasure?: RatingFacts | null;
  questionTexts?: MeasurePart[];
  /** the current risk's own text boxes, for its 「リスクへの対策は十分か」 */
  riskTexts?: MeasurePart[];
}

/** A row as label and value: options in their own cell belong to the answer before them. */
export function labelAndValue(row: Row): { key: string; label: string; value: string } | null {
  const cells: string[] = [];
  for (const c of filled(row)) {
    const continuesOptions = /^\d{1,2}[)）]/.test(c) && /[<＜]選択肢[>＞]/.test(cells[cells.length - 1] ?? '');
    if ((/^[<＜]選択肢[>＞]/.test(c) || continuesOptions) && cells.length > 1) cells[cells.length - 1] += ' ' + c;
    else cells.push(c);
  }
  if (cells.length < 2) return null;
  const label = cells.length >= 3 ? cells[cells.length - 2]! : cells[0]!;
  return { key: labelKey(label), label, value: cells[cells.length - 1]! };
}

const gradedAnswer = (value: string) => parseGraded(value)?.answer ?? null;
const orNull = (value: string, span: Span): Maybe => (compact(value) === '' ? null : fact(value, span));

// ── header ──────────────────────────────────────────────────────────────────────────────
const HEADER_LABELS = ['評価書番号', '評価書名', '個人のプライバシー等の権利利益の保護の宣言', '特記事項', '評価実施機関名', '公表日', '個人情報保護委員会承認日', '承認日'];

export function handleHeader(ctx: Context, row: Row) {
  const h = ctx.b.facts.header;
  const cells = filled(row);
  const version = formVersionIn(cells.join(' '));
  if (version && !h.formVersion) {
    h.formVersion = fact(version.text, row.span);
    const kind = kindOfVersion(version.text);
    if (kind && !h.kind) h.kind = fact(kind, row.span);
    if (!/特定個人情報保護評価書/.test(cells.join(' '))) return;
  }
  const kind = /特定個人情報保護評価書\s*[(（]\s*(基礎項目|重点項目|全項目)評価書\s*[)）]/.exec(cells.join(' '));
  if (kind) {
    h.kind = fact(`${kind[1]}評価書`, row.span);
    const draft = draftMark(cells.join(' '));
    h.draft = fact(!!draft, row.span);
    ctx.b.part('表紙');
    return;
  }
  if (cells.length >= 2 && cells.every((c) => HEADER_LABELS.includes(compact(c)))) {
    ctx.headerColumns = cells.map(compact);
    return;
  }
  if (ctx.headerColumns) {
    const cols = ctx.headerColumns;
    ctx.headerColumns = undefined;
    cols.forEach((col, i) => cells[i] !== undefined && setHeader(ctx, col, cells[i]!, row.span));
    return;
  }
  const key = compact(cells[0] ?? '');
  if (HEADER_LABELS.includes(key) && cells.length === 1) {
    flushPending(ctx);
    ctx.pending = { key, lines: [], span: row.span };
    return;
  }
  if (ctx.pending) {
    ctx.pending.lines.push(cells.join(' '));
    ctx.pending.span = { from: ctx.pending.span.from, to: row.span.to };
  }
}

/** A label printed on its own line takes the lines after it as its value. */
export function flushPending(ctx: Context) {
  const p = ctx.pending;
  ctx.pending = null;
  if (p && ctx.part === 'header') setHeader(ctx, p.key, p.lines.join('\n'), p.span);
}

export function setHeader(ctx: Context, key: string, value: string, span: Span) {
  const h = ctx.b.facts.header;
  ctx.b.part('表紙');
  // a draft's 公表日 is printed empty: written as empty, not unread
  if (compact(value) === '' && key === '公表日') h.publishedOn = fact('', span);
  if (compact(value) === '') return;
  if (key === '評価書番号') h.number = fact(compact(value), span);
  else if (key === '評価書名') {
    h.title = fact(value, span);
    if (draftMark(value)) h.draft = fact(true, span);
    const k = /(基礎項目|重点項目|全項目)評価書$/.exec(compact(value));
    if (k && !h.kind) h.kind = fact(`${k[1]}評価書`, span);
  } else if (key === '評価実施機関名') h.agency = fact(value, span);
  else if (key === '公表日') h.publishedOn = fact(value, span);
  else if (key === '個人情報保護委員会承認日' || key === '承認日') h.approvedOn = fact(value, span);
  else if (key === '個人のプライバシー等の権利利益の保護の宣言') {
    const body = /^\s*(\S+?)(?:は|では)、/.exec(value);
    if (body) h.declarationBody = fact(body[1]!, span);
  }
}

// ── Ⅰ 基本情報 ────────────────────────────────────────────────────────────────────────────
export function handleBasic(ctx: Context, row: Row) {
  const lv = labelAndValue(row);
  const bi = ctx.b.facts.basic;
  if (!lv) return unlabeled(ctx, row);
  const { key, value } = lv;
  const span = row.span;
  if (ctx.group?.kind === 'システム') {
    const s = ctx.b.system(ctx.group.no, span);
    if (key === 'システムの名称') s.name = orNull(value, span);
    else if (key === 'システムの機能') s.function = orNull(value, span);
    else if (key === '他のシステムとの接続') Object.assign(s, connections(value, span));
    else if (key === '対象人数') bi.targetBand = answerFact(value, span);
    return;
  }
  if (key === '事務の名称') bi.affairName = orNull(value, span);
  else if (key === '事務の内容') bi.affairContent = orNull(value, span);
  else if (key === '対象人数') bi.targetBand = answerFact(value, span);
  else if (key === '実施の有無') bi.networkLinkage = answerFact(value, span);
  else if (key === '部署') bi.department = orNull(value, span);
  else if (key === '所属長の役職名' || key === '所属長') bi.departmentHead = orNull(value, span);
}

function answerFact(value: string, span: Span): Maybe {
  const a = gradedAnswer(value);
  return a ? fact(a, span) : null;
}

/** ③他のシステムとの接続: the seven checkboxes, その他 with its text in brackets. */
export function connections(value: string, span: Span) {
  const { states, other } = connectionList(value);
  return { connections: fact(states, span), otherText: other ? fact(other, span) : null };
}

/** A row without a label: a slot's title or a file name under its heading. */
function unlabeled(ctx: Context, row: Row) {
  const text = filled(row).join(' ');
  if (!text) return;
  if (ctx.group && !ctx.group.titled && ctx.group.kind === '委託事項') {
    ctx.b.contract(ctx.fileNo, ctx.group.no, row.span).title = fact(text, row.span);
    ctx.group.titled = true;
    return;
  }
  if (ctx.group && !ctx.group.titled) {
    const p = ctx.b.provision(ctx.fileNo, ctx.group.kind === '提供先' ? '提供' : '移転', ctx.group.no, row.span);
    p.recipient = fact(text, row.span);
    ctx.group.titled = true;
    return;
  }
  if (ctx.afterHeading === '特定個人情報ファイル名' && ctx.part === 'file') {
    const named = ctx.b.facts.files.find((f) => f.name && compact(f.name.value) === compact(text));
    if (!named && ctx.b.facts.files.some((f) => f.name)) ctx.fileNo = ctx.b.facts.files.length + 1;
    ctx.b.file(named?.no ?? ctx.fileNo, row.span).name = fact(text, row.span);
  }
  ctx.afterHeading = null;
}

// ── Ⅱ 特定個人情報ファイルの概要 ─────────────────────────────────────────────────────────────
export function handleFile(ctx: Context, row: Row) {
  const lv = labelAndValue(row);
  if (!lv) return unlabeled(ctx, row);
  const { key, value } = lv;
  const span = row.span;
  const g = ctx.group;
  if (g?.kind === '委託事項') {
    const c = ctx.b.contract(ctx.fileNo, g.no, span);
    if (key === '委託内容') c.content = orNull(value, span);
    else if (key === '委託先における取扱者数') c.handlersBand = answerFact(value, span);
    else if (key === '委託先名') c.contractor = orNull(value, span);
    else if (key === '再委託の有無') {
      const a = gradedAnswer(value);
      c.subcontract = a === '再委託する' ? fact(true, span) : a === '再委託しない' ? fact(false, span) : null;
    } else if (key === '再委託の許諾方法') c.subcontractMethod = orNull(value, span);
    else if (key === '再委託事項') c.subcontractItems = orNull(value, span);
    return;
  }
  if (g?.kind === '提供先' || g?.kind === '移転先') {
    const p = ctx.b.provision(ctx.fileNo, g.kind === '提供先' ? '提供' : '移転', g.no, span);
    if (key === '法令上の根拠') p.legalBasis = orNull(value, span);
    else if (/^(提供先|移転先)における用途$/.test(key)) p.purpose = orNull(value, span);
    else if (/^(提供|移転)する情報$/.test(key)) p.information = orNull(value, span);
    else if (/^(提供|移転)する情報の対象となる本人の数$/.test(key)) p.peopleBand = answerFact(value, span);
    else if (/^(提供|移転)方法$/.test(key)) {
      const ticked = parseCheckboxes(value).filter((x) => x.ticked);
      p.method = ticked.length ? fact(ticked.map((x) => (x.extra ? `${x.label}(${x.extra})` : x.label)).join('、'), span) : null;
    } else if (key === '時期・頻度') p.timing = orNull(value, span);
    return;
  }
  const f = () => ctx.b.file(ctx.fileNo, span);
  if (key === 'ファイルの種類') f().fileKind = answerFact(value, span);
  else if (key === '対象となる本人の数') f().peopleBand = answerFact(value, span);
  else if (key === '記録される項目') f().itemsBand = answerFact(value, span);
  else if (key === '保有開始日') f().holdingStart = orNull(value, span);
  else if (key === '委託の有無') statedCount(ctx, '委託事項', value, span);
  else if (key === '提供・移転の有無') {
    for (const box of parseCheckboxes(value)) {
      const n = /\((\d+)\)\s*件/.exec(compact(value).split(compact(box.label))[1] ?? '');
      if (box.ticked && n) ctx.b.facts.statedCounts.push({ subject: box.label.includes('移転') ? '移転先' : '提供先', count: Number(n[1]), span });
    }
  }
}

/** 「(5) 件」 after a yes/no answer: how many items the form says there are. */
function statedCount(ctx: Context, subject: string, value: string, span: Span) {
  const n = statedItems(value);
  if (n !== null) ctx.b.facts.statedCounts.push({ subject, count: n, span });
}

// ── 評価実施手続 ──────────────────────────────────────────────────────────────────────────
const PROCEDURE_OF_SECTION: [RegExp, 'basic_assessment' | 'public_comment' | 'third_party_review' | 'commission_approval'][] = [
  [/^基礎項目評価/, 'basic_assessment'],
  [/意見の聴取/, 'public_comment'],
  [/第三者点検/, 'third_party_review'],
  [/個人情報保護委員会の承認/, 'commission_approval'],
];

export function handleProcedure(ctx: Context, row: Row) {
  const lv = labelAndValue(row);
  const kind = PROCEDURE_OF_SECTION.find(([re]) => re.test(ctx.section?.key ?? ''))?.[1];
  if (!lv || !kind || compact(lv.value) === '') return;
  const { key, value } = lv;
  let p = ctx.b.facts.procedures.find((x) => x.kind === kind);
  if (!p) {
    p = { kind, date: null, detail: null, span: row.span };
    ctx.b.facts.procedures.push(p);
  }
  if (/^(実施日|実施日・期間|承認日)$/.test(key)) p.date = fact(value, row.span);
  else if (/^(方法|結果|主な意見の内容|しきい値判断結果)$/.test(key)) {
    const text = parseGraded(value)?.answer ?? value;
    p.detail = fact(p.detail ? `${p.detail.value}\n${text}` : text, row.span);
  }
}
