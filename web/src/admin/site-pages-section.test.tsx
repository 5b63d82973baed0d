import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SaveSitePageDocument, SitePageEditorDocument, SitePagePreviewDocument } from '../generated/members-graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { SitePagesSection } from './site-pages-section';

const routes = <Route path="/admin/pages" element={<SitePagesSection />} />;

function page(key: string, language: string, version: number, markdown: string) {
  return { __typename: 'SitePage' as const, key, language, version, markdown, updatedAt: '2026-11-30T09:00:00.000Z' };
}
function editorMock(key: string, language: string, version: number, markdown: string) {
  return {
    request: { query: SitePageEditorDocument, variables: { key, language } },
    result: { data: { __typename: 'Query', sitePage: page(key, language, version, markdown) } },
  };
}
function saveMock(markdown: string, expectedVersion: number, result: object) {
  return {
    request: {
      query: SaveSitePageDocument,
      variables: { input: { key: 'ABOUT', language: 'EN', markdown, expectedVersion } },
    },
    result: { data: { __typename: 'Mutation', saveSitePage: { __typename: 'SitePagePayload', ...result } } },
  };
}

const NEW_TEXT = '# About\n\nThe network, revised.';

describe('SitePagesSection', () => {
  it('edits a page, previews it as readers will see it and saves a new version', async () => {
    renderAt('/admin/pages', routes, [
      editorMock('ABOUT', 'EN', 1, '# About\n\nThe network.'),
      {
        request: { query: SitePagePreviewDocument, variables: { input: { markdown: NEW_TEXT } } },
        result: { data: { __typename: 'Query', sitePagePreview: '<h1>About</h1>\n<p>The network, revised.</p>\n' } },
      },
      saveMock(NEW_TEXT, 1, { sitePage: page('ABOUT', 'EN', 2, NEW_TEXT), errors: [] }),
      editorMock('ABOUT', 'EN', 2, NEW_TEXT),
    ]);
    const editor = (await screen.findByTestId('site-page-markdown')) as HTMLTextAreaElement;
    expect(editor.value).toBe('# About\n\nThe network.');
    expect(screen.getByTestId('site-page-version').textContent).toContain('Version 1');
    const save = screen.getByTestId('site-page-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(editor, { target: { value: NEW_TEXT } });
    fireEvent.click(screen.getByTestId('site-page-preview-button'));
    const preview = await screen.findByTestId('site-page-preview');
    expect(preview.querySelector('h1')?.textContent).toBe('About');

    fireEvent.click(save);
    await waitFor(() =>
      expect(screen.getByTestId('site-page-outcome').textContent).toBe('Saved: version 2 is now online.'),
    );
    await waitFor(() => expect(screen.getByTestId('site-page-version').textContent).toContain('Version 2'));
  });

  it('says when someone else saved the page meanwhile', async () => {
    renderAt('/admin/pages', routes, [
      editorMock('ABOUT', 'EN', 1, '# About\n\nThe network.'),
      saveMock(NEW_TEXT, 1, { sitePage: null, errors: [userError('VERSION_CONFLICT', 'markdown')] }),
      editorMock('ABOUT', 'EN', 1, '# About\n\nThe network.'),
    ]);
    fireEvent.change(await screen.findByTestId('site-page-markdown'), { target: { value: NEW_TEXT } });
    fireEvent.click(screen.getByTestId('site-page-save'));
    await waitFor(() =>
      expect(screen.getByTestId('site-page-outcome').textContent).toBe(
        'This was changed elsewhere since you opened it. Reload it before saving.',
      ),
    );
  });

  it('opens the other language and the terms, which say what a save means for accepted terms', async () => {
    renderAt('/admin/pages', routes, [
      editorMock('ABOUT', 'EN', 1, '# About'),
      editorMock('ABOUT', 'IT', 1, '# Chi siamo'),
      editorMock('TERMS', 'IT', 5, "# Condizioni d'uso"),
    ]);
    await screen.findByTestId('site-page-markdown');
    fireEvent.click(screen.getByTestId('site-page-language-IT'));
    await waitFor(() =>
      expect((screen.getByTestId('site-page-markdown') as HTMLTextAreaElement).value).toBe('# Chi siamo'),
    );
    expect(screen.getByTestId('site-page-markdown').getAttribute('lang')).toBe('it');
    fireEvent.change(screen.getByTestId('site-page-choice'), { target: { value: 'TERMS' } });
    await waitFor(() => expect(screen.getByTestId('site-page-version').textContent).toContain('Version 5'));
    expect(screen.getByText(/people who accepted an earlier one are not asked to accept again/)).toBeTruthy();
  });
});
