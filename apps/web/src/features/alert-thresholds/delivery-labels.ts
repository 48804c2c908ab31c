// The delivery log in words: the channel, the state of the last step, the slot of a digest. A value the server adds
// later is shown as sent, so nothing disappears.
import { formatDate, formatDateOrDateTime } from '../../i18n/format';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';

const t = textAlertThresholds.delivery;

/** EMAIL → "Thư điện tử", WEBHOOK → "Webhook". */
export function channelLabel(channel: string): string {
  return t.channels[channel] ?? channel;
}

/** PENDING → "Chờ gửi", SENDING, SENT, RETRY → "Sẽ thử lại", FAILED → "Lỗi". */
export function stateLabel(state: string): string {
  return t.states[state] ?? state;
}

const DIGEST_SLOT = /^(DAILY|BEFORE|AFTER) (\d{4}-\d{2}-\d{2})$/;

/** "DAILY 2026-12-04" → "Hằng ngày 04/12/2026", "AFTER 2026-11-30" → "Sau kỳ báo cáo 30/11/2026"; a webhook batch's time as a time. */
export function slotLabel(slot: string): string {
  const digest = DIGEST_SLOT.exec(slot);
  if (digest?.[1] && digest[2]) return t.slots[digest[1] as keyof typeof t.slots](formatDate(digest[2]));
  return /^\d{4}-\d{2}-\d{2}/.test(slot) ? formatDateOrDateTime(slot) : slot;
}
