/** ③他のシステムとの接続: the seven checkboxes, in the order the form prints them. */
export type ConnectionKey = 'infoNetwork' | 'intraLinkage' | 'jukiNet' | 'existingJuki' | 'atena' | 'tax' | 'other';

/** Each checkbox's label as printed, by the reader's key. */
export const CONNECTION_LABELS: Record<ConnectionKey, string> = {
  infoNetwork: '情報提供ネットワークシステム',
  intraLinkage: '庁内連携システム',
  jukiNet: '住民基本台帳ネットワークシステム',
  existingJuki: '既存住民基本台帳システム',
  atena: '宛名システム等',
  tax: '税務システム',
  other: 'その他',
};

/** The same labels by the API's field names (systems.conn_*: `info_network`, `intra_linkage` …). */
export const CONNECTION_LABELS_BY_API_KEY: Record<string, string> = Object.fromEntries(
  Object.entries(CONNECTION_LABELS).map(([key, label]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), label]),
);

/**
 * The checkboxes as the page prints them, for a reader of a report: 「宛名システム等 [〇]」 for a
 * ticked box, 「[ ]」 for an empty one, 「[?]」 where the reader could not tell.
 */
export function describeConnections(marks: Partial<Record<ConnectionKey, boolean | null>>): string {
  return (Object.keys(CONNECTION_LABELS) as ConnectionKey[])
    .filter((key) => key in marks)
    .map((key) => `${CONNECTION_LABELS[key]} [${marks[key] === true ? '〇' : marks[key] === false ? ' ' : '?'}]`)
    .join('、');
}
