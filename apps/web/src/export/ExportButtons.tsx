import { useRef, useState } from 'react';
import { textExport } from '../i18n/vi-export';
import { describeError } from '../ui/describe-error';
import { downloadBlob } from './download';
import { exportFileName, type ExportFormat, type ExportTable } from './export-table';
import { toCsvBlob } from './to-csv';
import { toXlsxBlob } from './to-xlsx';

type ExportButtonsProps = {
  /** What the buttons export, for the group's accessible name: "bảng xếp hạng" → "Tải bảng xếp hạng". */
  subject: string;
  /** The table as the page shows it now; asked for at the click, so it is never out of date. */
  describe: () => ExportTable | Promise<ExportTable>;
  formats?: readonly ExportFormat[];
  /** Button texts other than "Tải XLSX" / "Tải CSV". */
  labels?: Partial<Record<ExportFormat, string>>;
  /** Prefix of the buttons' test ids: "ranking-export" → ranking-export-xlsx. */
  testId: string;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; format: ExportFormat }
  | { kind: 'done'; format: ExportFormat }
  | { kind: 'failed'; message: string };

const DEFAULT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/** "Tải XLSX" and "Tải CSV": build the file in the page and download it; progress and failure are announced. */
export function ExportButtons({ subject, describe, formats = DEFAULT_FORMATS, labels, testId }: ExportButtonsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // A second click while a file is being built is ignored rather than starting another one.
  const busy = useRef(false);

  const run = async (format: ExportFormat) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'working', format });
    try {
      const table = await describe();
      const blob = format === 'csv' ? toCsvBlob(table) : await toXlsxBlob([table]);
      downloadBlob(blob, exportFileName(table, format));
      setStatus({ kind: 'done', format });
    } catch (error) {
      setStatus({ kind: 'failed', message: describeError(error).message });
    } finally {
      busy.current = false;
    }
  };

  const working = status.kind === 'working';
  return (
    <div className="export-buttons" data-testid={testId}>
      <div role="group" aria-label={textExport.buttons.group(subject)} className="export-buttons__group">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary button--small"
            // aria-disabled rather than disabled: the button keeps the keyboard focus while the file is built.
            aria-disabled={working || undefined}
            data-testid={`${testId}-${format}`}
            onClick={() => void run(format)}
          >
            {labels?.[format] ?? textExport.buttons[format]}
          </button>
        ))}
      </div>
      <p
        role="status"
        className={`export-buttons__status${status.kind === 'failed' ? ' export-buttons__status--failed' : ''}`}
        data-testid={`${testId}-status`}
      >
        {statusText(status)}
      </p>
    </div>
  );
}

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'working':
      return textExport.status.working(status.format.toUpperCase());
    case 'done':
      return textExport.status.done(status.format.toUpperCase());
    case 'failed':
      return textExport.status.failed(status.message);
  }
}
