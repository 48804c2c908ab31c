// The Vietnamese texts of the alerts in the app: "Cảnh báo" in the header with the unread count, and its page.
// Subject and body of each alert come from the server, already in the page's language (docs/alerts.md). Numbers
// and dates come in already formatted (i18n/format.ts).
import type { AlertKind } from '../api/generated/graphql';
import { alertKindLabels } from './alert-kind-labels';
import { enNotificationMessages } from './en-notifications';
import { inLanguage, type CatalogueShape } from './language';

export const viNotificationMessages = {
  /** The link in the header: its name is "Cảnh báo, 2 chưa đọc", the number shown as a badge. */
  header: {
    label: 'Cảnh báo',
    unread: (count: string) => `, ${count} chưa đọc`,
    noneUnread: ', không có cảnh báo chưa đọc',
    countFailed: ', chưa tải được số cảnh báo chưa đọc',
    countFailedTitle: 'Chưa tải được số cảnh báo chưa đọc. Mở trang Cảnh báo để xem danh sách.',
  },
  intro:
    'Những việc cần làm ở phần bạn phụ trách: báo cáo sắp đến hạn hoặc chưa gửi, tỉnh tụt hạng hoặc tụt mức xếp loại, tiến độ khó đạt kế hoạch, chậm đóng cao, báo cáo chờ duyệt lâu. Ngày mới nhất trước; mở một cảnh báo để xem trang có số liệu của nó.',
  /** The links to the alerts' own pages, beside the list. */
  pagesLabel: 'Cài đặt về cảnh báo',
  listTitle: 'Danh sách cảnh báo',
  summary: (unread: string, total: string) => `${unread} chưa đọc trên ${total} cảnh báo`,
  shown: (from: string, to: string, count: string) => `Đang xem ${from}–${to} trên ${count}`,
  loadTitle: 'Không tải được danh sách cảnh báo',
  empty: 'Chưa có cảnh báo nào. Khi có việc cần chú ý, cảnh báo sẽ hiện ở đây.',
  emptyUnread: 'Không có cảnh báo chưa đọc.',
  filter: {
    label: 'Lọc cảnh báo',
    unreadOnly: 'Chỉ chưa đọc',
  },
  item: {
    unread: 'Chưa đọc',
    raisedAt: (when: string) => `Nhận lúc ${when}`,
    readAt: (when: string) => `đã đọc lúc ${when}`,
    markRead: 'Đánh dấu đã đọc',
    marking: 'Đang đánh dấu…',
    noLink: 'Cảnh báo này không có trang để mở.',
  },
  /** What each alert is about (AlertKind, libs/domain alert-rules.ts), named as the settings and the digests name it. */
  kinds: alertKindLabels('vi') satisfies Readonly<Record<AlertKind, string>>,
  paging: {
    label: 'Các trang của danh sách cảnh báo',
    previous: 'Trang trước',
    next: 'Trang sau',
    position: (page: string, pages: string) => `Trang ${page}/${pages}`,
  },
  marked: (subject: string) => `Đã đánh dấu đã đọc: ${subject}`,
  errors: {
    mark: (subject: string) => `Chưa đánh dấu được “${subject}” là đã đọc`,
    open: (subject: string) => `Chưa mở được “${subject}”: chưa đánh dấu được là đã đọc`,
  },
};

export type NotificationMessages = CatalogueShape<typeof viNotificationMessages>;

/** These texts in the language of this page load (language.ts). */
export const textNotifications: NotificationMessages = inLanguage<NotificationMessages>(
  viNotificationMessages,
  enNotificationMessages,
);
