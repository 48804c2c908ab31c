// Be Vietnam Pro is bundled from @fontsource (each weight's CSS has the vietnamese, latin-ext and
// latin faces): no request leaves the host.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/app.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPageOf } from './App';
import { LANGUAGE } from './i18n/language';

// The page's language is the one the user chose (i18n/language.ts), for screen readers and hyphenation.
document.documentElement.lang = LANGUAGE;

preloadPageOf(window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
