import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { AppRoutes } from './app-routes';
import { activateLocale, DEFAULT_LOCALE, loadErrorMessages } from './i18n/i18n';
import { startingLocale } from './i18n/locale-choice';
import { basenameOf } from './i18n/locale-path';
import './global.css';

// The language of this page load, from its URL (or the visitor's choice and browser, which may send an
// unprefixed URL to its `/it/` twin); its messages are there before the first render.
const { locale, redirect } = startingLocale(window.location);
if (redirect) window.history.replaceState(window.history.state, '', redirect);
await activateLocale(locale).catch(() => activateLocale(DEFAULT_LOCALE));

const client = createApolloClient();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      {/* Without transitions, what the URL says (a checked filter, a search) shows at once. */}
      <BrowserRouter basename={basenameOf(locale) || undefined} useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);

// The error codes' sentences, long before a form can fail (a failed fetch is tried again by the next call).
loadErrorMessages().catch(() => {});
