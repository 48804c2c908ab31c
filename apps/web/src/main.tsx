// Be Vietnam Pro is bundled from @fontsource (each weight's CSS has the vietnamese, latin-ext and
// latin faces): no request leaves the host.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/app.css';
import './styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { App, preloadPageOf } from './App';
import { LANGUAGE } from './i18n/language';

// The page's language is the one the user chose (i18n/language.ts), for screen readers and hyphenation.
document.documentElement.lang = LANGUAGE;

// The one cache of GraphQL answers for the whole app (api/query-client.ts).
const queryClient = createQueryClient();

preloadPageOf(window.location.pathname, queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
