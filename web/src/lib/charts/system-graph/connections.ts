/** The ③他のシステムとの接続 checkboxes by API key, with the labels the form prints. */
export const CONNECTION_LABELS: Record<string, string> = {
  info_network: '情報提供ネットワークシステム',
  intra_linkage: '庁内連携システム',
  juki_net: '住民基本台帳ネットワークシステム',
  existing_juki: '既存住民基本台帳システム',
  atena: '宛名システム等',
  tax: '税務システム',
};

export type Connections = Record<string, boolean | string | null | undefined>;

/** The ticked checkboxes by their printed labels; その他 by the systems its text names. */
export function connectedTargets(connections: Connections): string[] {
  const targets = Object.entries(CONNECTION_LABELS)
    .filter(([key]) => connections[key] === true)
    .map(([, label]) => label);
  if (connections.other === true) {
    const text = typeof connections.other_text === 'string' ? connections.other_text : '';
    const named = text
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    targets.push(...(named.length ? named : ['その他']));
  }
  return targets;
}
