// An audit event in words: the action, how the actor came in and the outcome in Vietnamese where known, the raw
// code otherwise (a new action still shows, under its own name).
import { textAccess } from '../../i18n/vi-access';

const t = textAccess.audit;

/** Every action the page knows a name for, in the catalogue's order: the options of the action filter. */
export const KNOWN_ACTIONS: readonly string[] = Object.keys(t.actions);

export function actionLabel(action: string): string {
  return t.actions[action] ?? action;
}

export function viaLabel(via: string): string {
  return t.via[via] ?? via;
}

export type OutcomeView = { text: string; badge: string };

export function describeOutcome(outcome: string): OutcomeView {
  const text = t.outcomes[outcome] ?? outcome;
  switch (outcome) {
    case 'OK':
      return { text, badge: 'badge badge--ok' };
    case 'DENIED':
      return { text, badge: 'badge badge--error' };
    case 'FAILED':
      return { text, badge: 'badge badge--behind' };
    default:
      return { text, badge: 'badge badge--muted' };
  }
}

/** The detail JSON indented for reading; null when there is nothing in it; the text as sent when it is not JSON. */
export function formatDetail(detail: string): string | null {
  const text = detail.trim();
  if (text === '' || text === '{}' || text === 'null') return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
