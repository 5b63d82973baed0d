import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { gql } from '@apollo/client/core';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { languageLink } from './language-link';

describe('languageLink', () => {
  afterEach(() => activateLocale('en'));

  it('sends the active language, exactly, as Accept-Language on every request', async () => {
    const sent: unknown[] = [];
    const terminal = new ApolloLink((operation) => {
      sent.push(operation.getContext().headers);
      return new Observable((observer) => {
        observer.next({ data: { ping: true } });
        observer.complete();
      });
    });
    const client = new ApolloClient({ link: languageLink.concat(terminal), cache: new InMemoryCache() });
    const query = gql`query Ping { ping }`;
    await client.query({ query, fetchPolicy: 'network-only' });
    await activateLocale('it');
    await client.query({ query, fetchPolicy: 'network-only' });
    expect(sent).toEqual([{ 'Accept-Language': 'en' }, { 'Accept-Language': 'it' }]);
  });
});
