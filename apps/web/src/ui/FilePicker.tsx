import { formatFileSize, formatInteger } from '../i18n/format';
import { FieldNotes, notesOf } from './FieldNotes';

type FilePickerProps = {
  /** The input's id; its label, hint and issue are named after it. */
  id: string;
  label: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** The file types offered, as the input's accept attribute (".csv,.xlsx"). */
  accept: string;
  multiple?: boolean;
  testId: string;
  texts: { choose: string; none: string; chosen: (count: string) => string };
  /** What the files must hold. */
  hint?: string;
  /** What is wrong with the choice, after a try. */
  issue?: string;
  /** A new key empties the input (once its files were stored). */
  inputKey?: number;
};

/**
 * Files to send, chosen with a button in the page's language (the browser's own file button speaks the browser's
 * language), with the names and sizes of those chosen.
 */
export function FilePicker({
  id,
  label,
  files,
  onChange,
  accept,
  multiple = false,
  testId,
  texts,
  hint,
  issue,
  inputKey,
}: FilePickerProps) {
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="file-picker">
        <input
          key={inputKey}
          id={id}
          className="visually-hidden"
          type="file"
          multiple={multiple}
          accept={accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={notesOf(id, hint, issue)}
          aria-invalid={issue !== undefined ? true : undefined}
          data-testid={testId}
          onChange={(event) => onChange(Array.from(event.target.files ?? []))}
        />
        <label htmlFor={id} className="button button--secondary file-picker__button">
          {texts.choose}
        </label>
        <span className="file-picker__status">
          {files.length === 0 ? texts.none : texts.chosen(formatInteger(files.length))}
        </span>
      </div>
      {files.length > 0 ? (
        <ul className="import__files">
          {files.map((file) => (
            <li key={`${file.name}:${file.size}:${file.lastModified}`}>
              {file.name} <span className="import__file-size">({formatFileSize(file.size)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldNotes id={id} hint={hint} issue={issue} testId={testId} />
    </div>
  );
}
