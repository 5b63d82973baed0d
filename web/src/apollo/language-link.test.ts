import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { gql } from '@apollo/client/core';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { languageLink } from './language-link';

describe('languageLink', () => {
  it('says the page’s language on every request, beside the other headers', async () => {
    let sent: Record<string, string> | undefined;
    const terminal = new ApolloLink((operation) => {
      sent = operation.getContext().headers;
      return new Observable((observer) => {
        observer.next({ data: { ok: true } });
        observer.complete();
      });
    });
    const client = new ApolloClient({ link: languageLink.concat(terminal), cache: new InMemoryCache() });
    await client.query({ query: gql`query Ok { ok }`, context: { headers: { 'x-requested-with': 'tt-web' } } });
    expect(sent).toEqual({ 'x-requested-with': 'tt-web', 'accept-language': 'en' });
  });
});
