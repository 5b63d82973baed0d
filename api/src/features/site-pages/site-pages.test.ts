import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test-support/use-test-server.js';
import { isSafeLink, renderSitePageMarkdown } from './site-page-markdown.js';

const server = useTestServer();

const PAGE = `query($key: SitePageKey!, $language: Language) {
  sitePage(key: $key, language: $language) { key language version markdown html updatedAt } }`;
const SAVE = `mutation($input: SaveSitePageInput!) {
  saveSitePage(input: $input) { sitePage { key language version markdown html } errors { field code message } } }`;
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { errors { field code } } }';

interface Page {
  key: string;
  language: string;
  version: number;
  markdown: string;
  html: string;
}
interface SavePayload {
  saveSitePage: { sitePage: Page | null; errors: { field: string | null; code: string }[] } | null;
}

/** The kind of a refusal: a domain error's category, else the GraphQL error's code. */
function refusal(response: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

const ACTORS = [
  'officer.irst@tt.demo',
  'researcher.irst@tt.demo',
  'buyer@oncopharm.demo',
  'platforms.irst@tt.demo',
] as const;

describe("the network's pages", () => {
  it('a fresh install has each page in English and Italian, version 1, for anyone', async () => {
    for (const key of ['ABOUT', 'PRIVACY', 'TERMS', 'COOKIES']) {
      for (const language of ['EN', 'IT']) {
        const response = await server.gql<{ sitePage: Page }>(PAGE, { key, language });
        expect(response.errors).toBeUndefined();
        expect(response.data?.sitePage).toMatchObject({ key, language, version: 1 });
        expect(response.data?.sitePage.html).toMatch(/^<h1>/);
      }
    }
    // Without a language, the request's.
    const italian = await server.gql<{ sitePage: Page }>(
      PAGE,
      { key: 'COOKIES' },
      { headers: { 'accept-language': 'it' } },
    );
    expect(italian.data?.sitePage.language).toBe('IT');
    expect(italian.data?.sitePage.markdown).toContain('tt_session');
  });

  it('an administrator saves a page: a new version each time, the other language untouched', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const markdown = '# Terms of use\n\nRevised terms, version two.';
    const saved = await admin.gql<SavePayload>(SAVE, {
      input: { key: 'TERMS', language: 'EN', markdown, expectedVersion: 1 },
    });
    expect(saved.data?.saveSitePage?.errors).toEqual([]);
    expect(saved.data?.saveSitePage?.sitePage).toMatchObject({ version: 2, markdown });
    const read = await server.gql<{ sitePage: Page }>(PAGE, { key: 'TERMS', language: 'EN' });
    expect(read.data?.sitePage).toMatchObject({ version: 2, markdown });
    expect((await server.gql<{ sitePage: Page }>(PAGE, { key: 'TERMS', language: 'IT' })).data?.sitePage.version).toBe(
      1,
    );
    // The first text is kept, with who saved the second.
    const rows = await server.orm.em.fork().execute<{ version: number; created_by: string | null }[]>(
      `select v.version, u.email as created_by from site_page_version v left join app_user u on u.id = v.created_by_id
           where v.page_key = 'TERMS' and v.language = 'en' order by v.version`,
    );
    expect(rows).toEqual([
      { version: 1, created_by: null },
      { version: 2, created_by: 'admin@tt.demo' },
    ]);
  });

  it('refuses a save on top of a newer version, and texts too short or too long', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const save = (input: Record<string, unknown>) =>
      admin.gql<SavePayload>(SAVE, { input: { key: 'ABOUT', language: 'IT', ...input } });
    const stale = await save({ markdown: '# Chi siamo\n\nUn testo nuovo.', expectedVersion: 0 });
    expect(stale.data?.saveSitePage?.errors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT' })]);
    const short = await save({ markdown: '  # Hi  ', expectedVersion: 1 });
    expect(short.data?.saveSitePage?.errors).toEqual([
      expect.objectContaining({ field: 'markdown', code: 'SITE_PAGE_TEXT_TOO_SHORT' }),
    ]);
    const long = await save({ markdown: 'x'.repeat(60_001), expectedVersion: 1 });
    expect(refusal(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.extensions?.code).toBe('TEXT_TOO_LONG');
    expect((await server.gql<{ sitePage: Page }>(PAGE, { key: 'ABOUT', language: 'IT' })).data?.sitePage.version).toBe(
      1,
    );
  });

  it.each(ACTORS)('%s may neither save nor preview a page', async (email) => {
    const client = await server.logIn(email);
    const saved = await client.gql<SavePayload>(SAVE, {
      input: { key: 'PRIVACY', language: 'EN', markdown: '# Privacy\n\nNothing to see here.', expectedVersion: 1 },
    });
    expect(refusal(saved)).toBe('FORBIDDEN');
    const preview = await client.gql('{ sitePagePreview(input: { markdown: "# x" }) }');
    expect(refusal(preview)).toBe('FORBIDDEN');
  });

  it('anonymous visitors may neither save nor preview', async () => {
    const saved = await server.gql<SavePayload>(SAVE, {
      input: { key: 'PRIVACY', language: 'EN', markdown: '# Privacy\n\nNothing to see here.', expectedVersion: 1 },
    });
    expect(refusal(saved)).toBe('UNAUTHENTICATED');
    const preview = await server.gql('{ sitePagePreview(input: { markdown: "# x" }) }');
    expect(refusal(preview)).toBe('UNAUTHENTICATED');
    expect(
      (await server.gql<{ sitePage: Page }>(PAGE, { key: 'PRIVACY', language: 'EN' })).data?.sitePage.version,
    ).toBe(1);
  });

  it('the preview renders as the page would', async () => {
    const admin = await server.logIn('admin@tt.demo');
    const preview = await admin.gql<{ sitePagePreview: string }>(
      'query($input: SitePagePreviewInput!) { sitePagePreview(input: $input) }',
      { input: { markdown: '## Rights\n\n<script>alert(1)</script> [Garante](https://www.garanteprivacy.it)' } },
    );
    expect(preview.data?.sitePagePreview).toBe(
      '<h2>Rights</h2>\n<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://www.garanteprivacy.it" rel="noopener noreferrer">Garante</a></p>\n',
    );
  });
});

describe('Markdown is rendered safely', () => {
  it('shows raw HTML as text and drops links to other schemes and images', () => {
    const html = renderSitePageMarkdown(
      [
        '<img src=x onerror=alert(1)>',
        '[js](javascript:alert(1)) [data](data:text/html,hi) [proto](//evil.example/x) [vb](VBScript:x)',
        '![pixel](https://tracker.example/p.png)',
        '[mail](mailto:dpo@irst.example) [page](/privacy) [rel](terms) [web](http://example.org)',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<img|<script|href="(?:javascript|data|vbscript|\/\/)/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<a href="mailto:dpo@irst.example">mail</a>');
    expect(html).toContain('<a href="/privacy">page</a>');
    expect(html).toContain('<a href="terms">rel</a>');
    expect(html).toContain('<a href="http://example.org" rel="noopener noreferrer">web</a>');
  });

  it('labels each table cell with its column, for phones', () => {
    expect(renderSitePageMarkdown('| Data | Retention |\n| --- | --- |\n| Sessions | 30 days |')).toContain(
      '<td data-label="Data">Sessions</td>\n<td data-label="Retention">30 days</td>',
    );
  });

  it.each([
    ['https://example.org', true],
    ['mailto:a@b.example', true],
    ['/cookies', true],
    ['#rights', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['//evil.example', false],
    ['ftp://example.org', false],
  ])('%s is %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });
});

describe('sign-up and the terms of use', () => {
  const input = {
    email: 'terms.reader@example.com',
    password: 'a long enough passphrase',
    name: 'Teresa Lettrice',
    company: { name: 'Lettori Bio S.r.l.', country: 'IT', size: 'STARTUP' },
  };

  it('refuses a sign-up without acceptance, or with a version no longer current; creates nothing', async () => {
    const without = await server.gql<{ signUp: { errors: { field: string; code: string }[] } }>(SIGN_UP, { input });
    expect(without.data?.signUp.errors).toEqual([{ field: 'acceptedTermsVersion', code: 'TERMS_NOT_ACCEPTED' }]);
    const stale = await server.gql<{ signUp: { errors: { field: string; code: string }[] } }>(SIGN_UP, {
      input: { ...input, acceptedTermsVersion: 99 },
    });
    expect(stale.data?.signUp.errors).toEqual([{ field: 'acceptedTermsVersion', code: 'TERMS_CHANGED' }]);
    const [row] = await server.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from app_user where email = 'terms.reader@example.com'`);
    expect(row?.n).toBe(0);
  });

  it('records the version accepted, in the language of the sign-up, and when', async () => {
    // The Italian terms are still at version 1 whatever the English ones are.
    const response = await server.gql<{ signUp: { errors: unknown[] } }>(
      SIGN_UP,
      { input: { ...input, acceptedTermsVersion: 1 } },
      { headers: { 'accept-language': 'it' } },
    );
    expect(response.data?.signUp.errors).toEqual([]);
    const [row] = await server.orm.em
      .fork()
      .execute<{ terms_version: number; terms_language: string; accepted_recently: boolean }[]>(
        `select terms_version, terms_language, terms_accepted_at > now() - interval '1 minute' as accepted_recently
           from app_user where email = 'terms.reader@example.com'`,
      );
    expect(row).toEqual({ terms_version: 1, terms_language: 'it', accepted_recently: true });
  });
});
