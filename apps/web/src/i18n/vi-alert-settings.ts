// The Vietnamese texts of "Cài đặt cảnh báo": which alerts a user gets and whether by e-mail (docs/alerts.md "Each
// user's choices"). The kinds' names are the notifications catalogue's; numbers and times come in formatted.
import type { DigestChoice } from '../api/generated/graphql';
import { enAlertSettingsMessages } from './en-alert-settings';
import { inLanguage, type CatalogueShape } from './language';

export const viAlertSettingsMessages = {
  intro: 'Chọn những cảnh báo bạn muốn nhận và có nhận bản tin qua thư điện tử hay không.',
  explanation:
    'Các loại cảnh báo bạn chọn áp dụng cho cả danh sách Cảnh báo trong ứng dụng lẫn thư điện tử: loại không chọn sẽ không đến với bạn. Bật nhận thư chỉ gửi những cảnh báo phát sinh từ lúc đó trở đi, không gửi lại cảnh báo cũ.',
  noEmail:
    'Máy chủ này chưa gửi thư điện tử. Cài đặt vẫn được lưu và dùng ngay cho danh sách Cảnh báo trong ứng dụng; thư sẽ được gửi theo cài đặt này khi máy chủ được cấu hình gửi thư.',
  loadFailed: 'Không tải được cài đặt cảnh báo',
  formTitle: 'Cảnh báo nhận và cách nhận',
  /** The version in force: "Phiên bản 2 · Lưu lúc 04/12/2026 09:30", or the defaults. */
  version: (version: number, setAt: string) => `Phiên bản ${version} · Lưu lúc ${setAt}`,
  neverSaved: 'Bạn chưa lưu cài đặt nào: đang nhận mọi loại cảnh báo của vai trò, không nhận thư.',
  kinds: {
    legend: 'Loại cảnh báo muốn nhận',
    hint: 'Chỉ gồm các loại dành cho vai trò của bạn.',
    none: 'Vai trò của bạn không nhận loại cảnh báo nào.',
  },
  email: {
    label: 'Địa chỉ thư điện tử',
    hint: 'Ví dụ ten.ho@bhxh.gov.vn. Để trống nếu không nhận thư.',
  },
  digest: {
    legend: 'Nhận bản tin qua thư',
    choices: {
      DAILY: 'Hằng ngày',
      REPORT_DATE: 'Theo kỳ báo cáo (trước và sau mỗi kỳ)',
      NONE: 'Không nhận thư',
    } satisfies Record<DigestChoice, string>,
  },
  language: {
    label: 'Ngôn ngữ của thư và cảnh báo',
    // Each language named in its own words, as the switch in the header names it.
    choices: { vi: 'Tiếng Việt', en: 'English' },
  },
  submit: 'Lưu cài đặt',
  running: 'Đang lưu…',
  failed: 'Chưa lưu được cài đặt cảnh báo',
  saved: (version: number, setAt: string) => `Đã lưu (phiên bản ${version}) lúc ${setAt}`,
};

export type AlertSettingsMessages = CatalogueShape<typeof viAlertSettingsMessages>;

/** These texts in the language of this page load (language.ts). */
export const textAlertSettings: AlertSettingsMessages = inLanguage<AlertSettingsMessages>(
  viAlertSettingsMessages,
  enAlertSettingsMessages,
);
