import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { gql } from '@apollo/client/core';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { acceptableTextLink } from './acceptable-text-link';

describe('acceptableTextLink', () => {
  it('cleans every string variable, nested ones too, before the request leaves', async () => {
    let sent: Record<string, unknown> | undefined;
    const terminal = new ApolloLink((operation) => {
      sent = operation.variables;
      return new Observable((observer) => {
        observer.next({ data: { ok: true } });
        observer.complete();
      });
    });
    const client = new ApolloClient({ link: acceptableTextLink.concat(terminal), cache: new InMemoryCache() });
    await client.mutate({
      mutation: gql`mutation Save($input: SaveInput!) { save(input: $input) }`,
      variables: {
        input: { abstract: 'Line one\u000bline two\u000cpage two\u0000', inventors: [{ name: 'Ada\u0007' }], trl: 3 },
      },
    });
    expect(sent).toEqual({ input: { abstract: 'Line one\nline two\npage two', inventors: [{ name: 'Ada' }], trl: 3 } });
  });
});
