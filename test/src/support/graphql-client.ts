// GraphQL over plain fetch against a server process, as the web app sends it (and a session cookie when given).

export interface GraphQLAnswer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  cookies: string[];
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<T>, 'status' | 'cookies'>;
  return { status: response.status, cookies: response.headers.getSetCookie(), ...body };
}

/** Signs in; the session cookie (`tt_session=…`) to send with later requests, or null when refused. */
export async function logIn(url: string, email: string, password: string): Promise<string | null> {
  const answer = await gql<{ logIn: { errors: { message: string }[] } }>(
    url,
    'mutation($input: LogInInput!) { logIn(input: $input) { errors { message } } }',
    { input: { email, password } },
  );
  const cookie = answer.cookies.find((value) => value.startsWith('tt_session=') && !value.startsWith('tt_session=;'));
  return cookie ? cookie.split(';')[0]! : null;
}
