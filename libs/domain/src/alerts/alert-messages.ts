import type { StatusBand } from '../scoring/status-band';
import { STATUS_BAND_LABELS_VI } from '../scoring/status-band';
import type { Alert } from './alert-rules';

// What an alert says, in the agency's words: Vietnamese by default, English for a user who chose it, the real
// figures in vi-VN formats (1.866; 3,37 %; 30/11/2021) in both, and the page that shows it.

export type AlertLanguage = 'vi' | 'en';

/** Names the message needs that the alert carries as codes. */
export type AlertNames = { province: string | null; metric: string | null; metricUnit: string | null };

export type AlertText = { subject: string; body: string; link: string };

const BAND_LABELS_EN: Readonly<Record<StatusBand, string>> = {
  ON_TRACK: 'on track',
  AT_RISK: 'at risk',
  BEHIND: 'behind',
};

/** The compliance steps as the case page names them (issue "9 ·"). */
const STEP_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  LIST_RECEIVED: { vi: 'Nhận danh sách', en: 'List received' },
  ENTERED: { vi: 'Cập nhật vào phần mềm', en: 'Entered in the software' },
  NOTICE_SENT: { vi: 'Gửi thông báo', en: 'Notice sent' },
  CONFERENCE_INVITED: { vi: 'Mời dự hội nghị', en: 'Invited to a conference' },
  CONFERENCE_HELD: { vi: 'Tổ chức hội nghị', en: 'Conference held' },
  INSPECTION_SCHEDULED: { vi: 'Lập lịch kiểm tra trực tiếp', en: 'Direct inspection scheduled' },
  INSPECTION_DONE: { vi: 'Kiểm tra trực tiếp', en: 'Direct inspection done' },
  SPECIALISED_INSPECTION: { vi: 'Đề nghị thanh tra chuyên ngành', en: 'Specialised inspection proposed' },
  POLICE_REFERRAL: { vi: 'Chuyển hồ sơ sang cơ quan Công an', en: 'File sent to the police' },
};

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 2,
});

/** 30/11/2021 from 2021-11-30. */
export function dayVi(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

function num(value: number | string | null | undefined): string {
  return typeof value === 'number' ? integer.format(Math.ceil(value)) : '–';
}

function pct(value: number | string | null | undefined): string {
  return typeof value === 'number' ? percent.format(value).replace(/\u00a0/g, ' ') : '–';
}

function band(value: number | string | null | undefined, language: AlertLanguage): string {
  if (typeof value !== 'string' || !(value in BAND_LABELS_EN)) return '–';
  const key = value as StatusBand;
  return language === 'vi' ? STATUS_BAND_LABELS_VI[key] : BAND_LABELS_EN[key];
}

/** The page that shows what the alert is about (a path of the web app). */
export function alertLink(alert: Alert): string {
  const plan = alert.planId ? `plan=${encodeURIComponent(alert.planId)}&` : '';
  switch (alert.kind) {
    case 'REPORT_DUE_TOMORROW':
    case 'REPORT_MISSING':
      return `/bao-cao?${plan}province=${alert.provinceCode ?? ''}&date=${alert.date}`;
    case 'APPROVAL_WAITING':
      return `/duyet-bao-cao?${plan}province=${alert.provinceCode ?? ''}`;
    case 'LATE_PAYMENT_HIGH':
    case 'LATE_PAYMENT_RISING':
      return `/cham-dong?asOf=${alert.date}${alert.provinceCode ? `&province=${alert.provinceCode}` : ''}`;
    case 'BAND_FELL':
    case 'RANK_DROP':
    case 'PACE_STRAIN':
      return `/tinh/${alert.provinceCode ?? ''}?${plan}asOf=${alert.date}${alert.metric ? `&metric=${alert.metric}` : ''}`;
    case 'STEP_OVERDUE':
      return `/tuan-thu/ho-so/${String(alert.figures['caseId'] ?? '')}`;
  }
}

/** The subject and body of one alert. */
export function alertText(alert: Alert, names: AlertNames, language: AlertLanguage = 'vi'): AlertText {
  const f = alert.figures;
  const who = names.province ?? (language === 'vi' ? 'Cả nước' : 'The country');
  const what = names.metric ?? '';
  const unit = names.metricUnit ? ` ${names.metricUnit}` : '';
  const date = dayVi(alert.date);
  const vi = language === 'vi';
  const [subject, body] = ((): [string, string] => {
    switch (alert.kind) {
      case 'REPORT_DUE_TOMORROW':
        return vi
          ? [
              `${who}: hạn gửi báo cáo kỳ ${date} là hết ngày mai`,
              `${who} chưa gửi báo cáo kỳ ${date}. Hạn gửi là hết ngày ${date}.`,
            ]
          : [
              `${who}: the report for ${date} is due tomorrow`,
              `${who} has not sent its report for ${date}. It is due by the end of ${date}.`,
            ];
      case 'REPORT_MISSING':
        return f['receivedAt']
          ? vi
            ? [
                `${who} gửi báo cáo kỳ ${date} quá hạn`,
                `Báo cáo kỳ ${date} của ${who} đến lúc ${dayVi(String(f['receivedAt']))}, sau hạn hết ngày ${date}.`,
              ]
            : [
                `${who} sent the report for ${date} late`,
                `${who}'s report for ${date} arrived on ${dayVi(String(f['receivedAt']))}, after its deadline (end of ${date}).`,
              ]
          : vi
            ? [
                `${who} chưa gửi báo cáo kỳ ${date}`,
                `Đã quá hạn (hết ngày ${date}) mà ${who} chưa gửi báo cáo kỳ ${date}.`,
              ]
            : [
                `${who} has not sent the report for ${date}`,
                `The deadline (end of ${date}) has passed and ${who} has not sent its report for ${date}.`,
              ];
      case 'BAND_FELL':
        return vi
          ? [
              `${who} chuyển từ ${band(f['previousBand'], language)} sang ${band(f['band'], language)} về ${what}`,
              `Đến ngày ${date}, ${who} đạt ${pct(f['figure'])} về ${what}: mức ${band(f['band'], language)} (kỳ trước: ${band(f['previousBand'], language)}).`,
            ]
          : [
              `${who} fell from ${band(f['previousBand'], language)} to ${band(f['band'], language)} on ${what}`,
              `At ${date}, ${who} is at ${pct(f['figure'])} on ${what}: ${band(f['band'], language)} (previous report date: ${band(f['previousBand'], language)}).`,
            ];
      case 'RANK_DROP':
        return vi
          ? [
              `${who} tụt ${num(f['places'])} bậc về ${what}`,
              `Đến ngày ${date}, ${who} xếp hạng ${num(f['rank'])}/${num(f['unitCount'])} về ${what} (kỳ trước: ${num(f['previousRank'])}/${num(f['unitCount'])}).`,
            ]
          : [
              `${who} fell ${num(f['places'])} places on ${what}`,
              `At ${date}, ${who} ranks ${num(f['rank'])} of ${num(f['unitCount'])} on ${what} (previous report date: ${num(f['previousRank'])}).`,
            ];
      case 'PACE_STRAIN':
        return vi
          ? [
              `${who} cần ${num(f['requiredPacePerDay'])}${unit} mỗi ngày để đạt kế hoạch ${what}`,
              `Đến ngày ${date}, ${who} mới đạt bình quân ${num(f['paceSoFar'])}${unit} mỗi ngày về ${what}; để hoàn thành kế hoạch cần ${num(f['requiredPacePerDay'])}${unit} mỗi ngày.`,
            ]
          : [
              `${who} needs ${num(f['requiredPacePerDay'])}${unit} a day to reach its plan on ${what}`,
              `At ${date}, ${who} has averaged ${num(f['paceSoFar'])}${unit} a day on ${what}; it needs ${num(f['requiredPacePerDay'])}${unit} a day to reach its plan.`,
            ];
      case 'LATE_PAYMENT_HIGH':
        return vi
          ? [
              `${who}: tỷ lệ chậm đóng ${pct(f['ratio'])}, trên mức ${pct(f['threshold'])}`,
              `Đến ngày ${date}, số tiền chậm đóng của ${who} bằng ${pct(f['ratio'])} số phải thu, cao hơn mức ${pct(f['threshold'])}.`,
            ]
          : [
              `${who}: late payment at ${pct(f['ratio'])}, above ${pct(f['threshold'])}`,
              `At ${date}, ${who}'s late payment is ${pct(f['ratio'])} of the contributions due, above ${pct(f['threshold'])}.`,
            ];
      case 'LATE_PAYMENT_RISING':
        return vi
          ? [
              `${who}: tỷ lệ chậm đóng tăng hai kỳ liền, lên ${pct(f['ratio'])}`,
              `Tỷ lệ chậm đóng của ${who} tăng từ ${pct(f['from'])} (ngày ${dayVi(String(f['since']))}) lên ${pct(f['ratio'])} (ngày ${date}).`,
            ]
          : [
              `${who}: late payment rose twice in a row, to ${pct(f['ratio'])}`,
              `${who}'s late payment rose from ${pct(f['from'])} (${dayVi(String(f['since']))}) to ${pct(f['ratio'])} (${date}).`,
            ];
      case 'APPROVAL_WAITING':
        return vi
          ? [
              `Báo cáo của ${who} chờ duyệt quá ${num(f['days'])} ngày`,
              `Báo cáo ${who} gửi ngày ${date} vẫn chờ duyệt sau hơn ${num(f['days'])} ngày; số liệu chưa được tính cho đến khi duyệt.`,
            ]
          : [
              `${who}'s report has waited over ${num(f['days'])} days for approval`,
              `The report ${who} sent on ${date} still waits for approval after more than ${num(f['days'])} days; its figures do not count until approved.`,
            ];
      case 'STEP_OVERDUE': {
        const step = STEP_NAMES[String(f['step'])] ?? { vi: String(f['step']), en: String(f['step']) };
        return vi
          ? [
              `${who}: hồ sơ số ${String(f['caseId'])} quá hạn bước “${step.vi}”`,
              `Hồ sơ số ${String(f['caseId'])} (${String(f['employer'])}, mã số thuế ${String(f['taxCode'])}) phải “${step.vi.toLowerCase()}” trước hết ngày ${date}; đến nay chưa làm.`,
            ]
          : [
              `${who}: case ${String(f['caseId'])} is overdue on “${step.en}”`,
              `Case ${String(f['caseId'])} (${String(f['employer'])}, tax code ${String(f['taxCode'])}) was due “${step.en.toLowerCase()}” by the end of ${date}; it is not done yet.`,
            ];
      }
    }
  })();
  return { subject, body, link: alertLink(alert) };
}
