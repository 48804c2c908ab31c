// The name of each kind of alert, kept once in libs/domain (ALERT_KIND_LABELS, the names the e-mail digests use too):
// the catalogues take theirs from there, in their language.
import { ALERT_KINDS, ALERT_KIND_LABELS, type AlertKind } from '@scorecard/domain';
import type { Language } from './language';

export function alertKindLabels(language: Language): Readonly<Record<AlertKind, string>> {
  return Object.fromEntries(ALERT_KINDS.map((kind) => [kind, ALERT_KIND_LABELS[kind][language]])) as Record<
    AlertKind,
    string
  >;
}
