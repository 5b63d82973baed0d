import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { AppRoutes } from './app-routes';
import { getLocale } from './i18n/i18n';
import './global.css';

document.documentElement.lang = getLocale();

const client = createApolloClient();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      {/* Without transitions, what the URL says (a checked filter, a search) shows at once. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
