import { useId, useRef, useState, type ReactNode } from 'react';
import { textAccess } from '../../i18n/vi-access';

type OneTimeSecretProps = {
  /** What the value is: "Liên kết đăng nhập một lần", "Khóa API". */
  label: string;
  value: string;
  testId: string;
  /** What to do with it, and until when. */
  children?: ReactNode;
};

const t = textAccess.common;

/** A sign-in link or a token shown this once, with a copy button. Where copying is refused, the text is selected. */
export function OneTimeSecret({ label, value, testId, children }: OneTimeSecretProps) {
  const labelId = useId();
  const valueRef = useRef<HTMLElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const selectValue = () => {
    const element = valueRef.current;
    const selection = window.getSelection();
    if (!element || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copy = () => {
    const done = navigator.clipboard?.writeText(value);
    if (!done) {
      selectValue();
      setCopyState('failed');
      return;
    }
    void done.then(
      () => setCopyState('copied'),
      () => {
        selectValue();
        setCopyState('failed');
      },
    );
  };

  return (
    <div className="access-secret" data-testid={testId}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      <div className="access-secret__row">
        <code ref={valueRef} className="access-secret__value" aria-labelledby={labelId} data-testid={`${testId}-value`}>
          {value}
        </code>
        <button type="button" className="button" onClick={copy} aria-describedby={labelId}>
          {t.copy}
        </button>
      </div>
      <p className="access-secret__status" role="status" aria-live="polite">
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </p>
      {children}
    </div>
  );
}
