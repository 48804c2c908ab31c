import { textAccess } from '../../i18n/vi-access';
import { curlExample } from './curl-example';

const t = textAccess.apiTokens.usage;

/** How to use a token: the header, and a curl command to try it. */
export function TokenUsage() {
  return (
    <section className="panel" aria-labelledby="token-usage-title">
      <h2 id="token-usage-title" className="panel__title">
        {t.title}
      </h2>
      <p className="access-intro">
        {t.header} <code className="access-inline-code">{t.headerValue}</code>
      </p>
      <p className="panel__note">{t.care}</p>
      <p className="field__label">{t.example}</p>
      <pre className="access-code" tabIndex={0} aria-label={t.example}>
        <code>{curlExample(window.location.origin, t.placeholder)}</code>
      </pre>
    </section>
  );
}
