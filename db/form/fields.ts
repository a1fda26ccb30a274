import type { Lang } from './reasons';

/**
 * The form's own words for every extracted field, by resource and by the API's field name:
 * what the reader's report, a field's state and the interface call a value. English keeps the
 * form's label beside a gloss, since users compare with the printed document.
 */
type Labels = Record<string, Record<Lang, string>>;
const l = (ja: string, en: string) => ({ ja, en });

export const FIELD_LABELS = {
  assessments: {
    body: l('評価実施機関', 'body (評価実施機関)'),
    number: l('評価書番号', 'number (評価書番号)'),
    title: l('評価書名', 'title (評価書名)'),
    kind: l('評価書の種類', 'form (評価書の種類)'),
    agency: l('評価実施機関名', 'agency (評価実施機関名)'),
    published_on: l('公表日', 'published (公表日)'),
    approved_on: l('個人情報保護委員会 承認日', 'approved (承認日)'),
    form_version: l('様式', 'form version (様式)'),
    draft: l('案（意見募集用）', 'draft (案)'),
    affair_name: l('①事務の名称', 'affair (①事務の名称)'),
    affair_content: l('②事務の内容', 'affair content (②事務の内容)'),
    target_band_text: l('③対象人数', 'people covered (③対象人数)'),
    network_linkage: l('情報提供ネットワークシステムによる情報連携', 'linkage via the national network'),
    department: l('①部署', 'department (①部署)'),
    department_head: l('②所属長', 'head (②所属長)'),
  },
  systems: {
    name: l('①システムの名称', 'name (①システムの名称)'),
    function: l('②システムの機能', 'function (②システムの機能)'),
    connections: l('③他のシステムとの接続', 'connections (③他のシステムとの接続)'),
    other_text: l('その他（接続先）', 'other connection (その他)'),
  },
  files: {
    name: l('特定個人情報ファイル名', 'file name'),
    file_kind: l('①ファイルの種類', 'kind (①ファイルの種類)'),
    people_band: l('②対象となる本人の数', 'people (②対象となる本人の数)'),
    items_band: l('記録される項目', 'items (記録される項目)'),
    holding_start_on: l('保有開始日', 'held since (保有開始日)'),
  },
  contracts: {
    item_no: l('委託事項の番号', 'item number (委託事項N)'),
    title: l('委託事項の名称', 'item (委託事項)'),
    content: l('①委託内容', 'content (①委託内容)'),
    handlers_band: l('②委託先における取扱者数', 'handlers (②取扱者数)'),
    contractor_raw: l('③委託先名', 'contractor (③委託先名)'),
    subcontract: l('④再委託の有無', 'subcontracting (④再委託の有無)'),
    subcontract_method: l('⑤再委託の許諾方法', 'approval (⑤再委託の許諾方法)'),
    subcontract_items: l('⑥再委託事項', 'subcontracted (⑥再委託事項)'),
  },
  provisions: {
    no: l('提供先・移転先の番号', 'number (提供先N / 移転先N)'),
    recipient: l('提供先・移転先', 'recipient (提供先 / 移転先)'),
    legal_basis: l('①法令上の根拠', 'legal basis (①法令上の根拠)'),
    purpose: l('②提供先における用途', 'purpose (②用途)'),
    information: l('③提供する情報', 'information (③提供する情報)'),
    people_band: l('④提供する情報の対象となる本人の数', 'people (④本人の数)'),
    method: l('⑥提供方法', 'method (⑥提供方法)'),
    timing: l('⑦時期・頻度', 'timing (⑦時期・頻度)'),
  },
  ratings: {
    answer: l('回答', 'answer'),
    measure: l('リスクに対する措置の内容', 'measures (リスクに対する措置の内容)'),
    incident_content: l('その内容', 'what happened (その内容)'),
    incident_prevention: l('再発防止策の内容', 'prevention (再発防止策の内容)'),
  },
  audits: {
    checked: l('実施の有無', 'done (実施の有無)'),
  },
  procedures: {
    started_on: l('実施日', 'date (実施日)'),
    detail: l('内容', 'detail'),
  },
  thresholds: {
    people_band: l('評価対象の事務の対象人数は何人か', 'people covered (対象人数)'),
    people_counted_on: l('対象人数 いつ時点の計数か', 'people counted on (いつ時点の計数か)'),
    handlers: l('特定個人情報ファイル取扱者数は500人以上か', 'handlers 500 or more (取扱者数)'),
    handlers_counted_on: l('取扱者数 いつ時点の計数か', 'handlers counted on (いつ時点の計数か)'),
    incident: l('過去1年以内の重大事故', 'serious incident in the past year (重大事故)'),
    result: l('しきい値判断結果', 'threshold result (しきい値判断結果)'),
    forms_submitted: l('提出する特定個人情報保護評価書の種類', 'forms submitted (提出する評価書の種類)'),
    priority_measure: l('最も優先度が高いと考えられる対策', 'priority measure (最も優先度が高いと考えられる対策)'),
    priority_reason: l('判断の根拠', 'reason (判断の根拠)'),
  },
  changes: {
    changed_on: l('変更日', 'date (変更日)'),
    item: l('項目', 'item (項目)'),
    before: l('変更前の記載', 'before (変更前の記載)'),
    after: l('変更後の記載', 'after (変更後の記載)'),
    timing: l('提出時期', 'filed (提出時期)'),
    timing_explanation: l('提出時期に係る説明', 'why then (提出時期に係る説明)'),
  },
} as const satisfies Record<string, Labels>;

export type Resource = keyof typeof FIELD_LABELS;

/** A field's label; a field this build does not know is shown by its name. */
export function fieldLabel(resource: string, field: string, lang: Lang): string {
  const labels = (FIELD_LABELS as Record<string, Labels>)[resource];
  return labels?.[field]?.[lang] ?? field;
}
