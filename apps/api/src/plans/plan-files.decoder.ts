import type { PlanSourceFile } from '@scorecard/ingest';
import { ScorecardError } from '../graphql/scorecard.errors';
import type { PlanFileInput } from './dto/plan-import.args';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodePlanFiles(files: readonly PlanFileInput[]): PlanSourceFile[] {
  if (files.length === 0)
    throw new ScorecardError(
      'INVALID_FILE',
      'No file was given. Send the plan tables (and manifest.json for a new plan).',
      'Chưa gửi tệp nào. Gửi các bảng chỉ tiêu của kế hoạch (kèm manifest.json nếu là kế hoạch mới).',
    );
  return files.map((file) => {
    const content = file.contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(content) || content.length % 4 === 1) {
      throw new ScorecardError(
        'INVALID_FILE',
        `${file.name}: contentBase64 is not base64. Encode the file's bytes with base64.`,
        `${file.name}: contentBase64 không phải dữ liệu base64. Mã hóa nội dung tệp bằng base64 rồi gửi lại.`,
      );
    }
    return { name: file.name, bytes: new Uint8Array(Buffer.from(content, 'base64')) };
  });
}
