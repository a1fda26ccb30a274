/** The steps of 評価実施手続 the form records, and what the form calls each. */
export const PROCEDURE_KINDS = ['basic_assessment', 'public_comment', 'third_party_review', 'commission_approval'] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

export const PROCEDURE_WORDS: Record<ProcedureKind, string> = {
  basic_assessment: '基礎項目評価',
  public_comment: '住民等からの意見の聴取',
  third_party_review: '第三者点検',
  commission_approval: '個人情報保護委員会の承認',
};
