import type { Language } from '@tt/shared/languages';
import type { TestClient, TestServer } from './test-server.js';

/** The client's session with its requests made from a page in `language`: the web says it in Accept-Language. */
export function inLanguage(server: TestServer, client: TestClient, language: Language): TestClient {
  return {
    get cookie() {
      return client.cookie;
    },
    gql: (query, variables) =>
      server.gql(query, variables, { cookie: client.cookie, headers: { 'accept-language': language } }),
  };
}
