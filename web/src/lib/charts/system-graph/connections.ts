import { CONNECTION_LABELS_BY_API_KEY } from '../../../../../db/form/connections';

export type Connections = Record<string, boolean | string | null | undefined>;

/** The ticked checkboxes by their printed labels; その他 by the systems its text names. */
export function connectedTargets(connections: Connections): string[] {
  const targets = Object.entries(CONNECTION_LABELS_BY_API_KEY)
    .filter(([key]) => key !== 'other' && connections[key] === true)
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
