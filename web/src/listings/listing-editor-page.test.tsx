import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { yearsAfter } from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { type UpdateListingInput, type UserErrorFieldsFragment } from '../generated/graphql';
import {
  ArchiveListingDocument,
  ListingEditorDocument,
  type ListingEditorFieldsFragment,
  PublishListingDocument,
  RenewListingDocument,
  UpdateListingDocument,
} from '../generated/members-graphql';
import { activateLocale } from '../i18n/i18n';
import { renderAt, userError, viewerMock, viewerUser } from '../session/test-fixtures';
import { ListingEditorPage } from './listing-editor-page';
import { editedListing, listingTexts, optionsMock } from './test-fixtures';

const intOfficer = viewerUser({
  id: 'VXNlcjo3',
  email: 'officer.int@tt.demo',
  name: 'Federica Colombo',
  role: 'TT_OFFICER',
  company: null,
  institution: { __typename: 'Institution', id: 'SW5zdDoy', slug: 'int', shortName: 'INT', name: 'INT' },
});

function renderEditor(listing: ListingEditorFieldsFragment, extra: object[] = []) {
  renderAt(
    `/office/listings/${listing.id}/edit`,
    <Route path="/office/listings/:id/edit" element={<ListingEditorPage />} />,
    [
      viewerMock(intOfficer, 5),
      optionsMock,
      {
        request: { query: ListingEditorDocument, variables: { id: listing.id } },
        result: { data: { __typename: 'Query', node: listing } },
        maxUsageCount: 2,
      },
      ...(extra as never[]),
    ],
  );
}

function payload(field: string, asset: ListingEditorFieldsFragment | null, errors: UserErrorFieldsFragment[] = []) {
  return { data: { __typename: 'Mutation', [field]: { __typename: 'ListingPayload', asset, errors } } };
}

const complete = editedListing();
const incomplete = editedListing({
  summary: '',
  english: { ...complete.english, summary: '' },
  sectors: [],
  publicationIssues: [userError('SUMMARY_REQUIRED', 'summary'), userError('SECTORS_REQUIRED', 'sectorIds')],
});

describe('ListingEditorPage', () => {
  it('lists what is missing to publish, each linked to its field, and keeps Publish off until complete', async () => {
    renderEditor(incomplete);
    const panel = await screen.findByTestId('publication-panel');
    const issues = within(panel).getAllByTestId('publication-issue');
    expect(issues.map((issue) => issue.textContent)).toEqual([
      'The summary is required.',
      'Choose at least one sector or therapeutic area.',
    ]);
    expect(within(panel).getByTestId('publish')).toHaveProperty('disabled', true);
    expect(within(panel).getByText('Complete what is listed above to publish.')).toBeTruthy();

    fireEvent.click(issues[0]!);
    await waitFor(() => expect(document.activeElement?.id).toBe('listing-summary'));
    fireEvent.click(issues[1]!);
    await waitFor(() => expect(document.activeElement?.id).toBe('listing-sectorIds'));

    // Typing a summary updates the list at once (the same rules as the server's).
    fireEvent.change(screen.getByLabelText('One-line summary'), {
      target: { value: 'Non-invasive test on first-catch urine that reduces unnecessary prostate biopsies.' },
    });
    expect(
      within(panel)
        .getAllByTestId('publication-issue')
        .map((issue) => issue.textContent),
    ).toEqual(['Choose at least one sector or therapeutic area.']);
    expect(screen.getByTestId('count-summary').textContent).toBe('318 characters left');
    fireEvent.click(screen.getByLabelText('Liquid biopsy'));
    expect(within(panel).getByTestId('publication-ready')).toBeTruthy();
    expect(within(panel).getByTestId('publish').textContent).toBe('Save and publish');
    expect(within(panel).getByTestId('publish')).toHaveProperty('disabled', false);
  });

  it('shows the server’s refusals under their fields, and a conflict clearly', async () => {
    const listing = editedListing();
    const sent: UpdateListingInput[] = [];
    const theirs = editedListing({
      title: 'Urinary RNA test (renamed by a colleague)',
      english: { ...listing.english, title: 'Urinary RNA test (renamed by a colleague)' },
      updatedAt: '2026-04-02T09:30:00.000Z',
    });
    renderEditor(listing, [
      {
        request: {
          query: UpdateListingDocument,
          variables: (variables: { input: UpdateListingInput }) => {
            sent.push(variables.input);
            return variables.input.expectedUpdatedAt === listing.updatedAt;
          },
        },
        result: payload('updateListing', listing, [userError('PATENT_NUMBER_INVALID', 'patentNumbers.1')]),
      },
      {
        request: { query: UpdateListingDocument, variables: () => true },
        result: payload('updateListing', theirs, [userError('VERSION_CONFLICT', 'expectedUpdatedAt')]),
      },
    ]);
    await screen.findByTestId('listing-form');
    expect(screen.getByTestId('save')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('Patent number 2'), { target: { value: 'WO 2023 076508' } });
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');
    fireEvent.click(screen.getByTestId('save'));

    expect((await screen.findByTestId('error-patentNumbers.1')).textContent).toContain('country code');
    expect(screen.getByLabelText('Patent number 2').getAttribute('aria-invalid')).toBe('true');
    expect(sent[0]).toMatchObject({
      id: listing.id,
      expectedUpdatedAt: listing.updatedAt,
      title: listing.title,
      patentNumbers: ['EP4198823A1', 'WO 2023 076508'],
      sectorIds: ['U2VjOjc'],
      contactOfficerId: 'VXNlcjo3',
      platformId: null,
      turnaround: null,
    });

    // A new value is the user's again; a save that meets a newer version says so and saves nothing.
    fireEvent.change(screen.getByLabelText('Patent number 2'), { target: { value: 'WO2023/076509' } });
    expect(screen.queryByTestId('error-patentNumbers.1')).toBeNull();
    fireEvent.click(screen.getByTestId('save'));
    const conflict = await screen.findByTestId('conflict');
    expect(conflict.textContent).toContain('Someone else saved this listing');
    expect(screen.getByTestId('save-state').textContent).toBe('Unsaved changes');
    fireEvent.click(within(conflict).getByTestId('conflict-load-theirs'));
    expect(screen.queryByTestId('conflict')).toBeNull();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(
      'Urinary RNA test (renamed by a colleague)',
    );
  });

  it('publishes a complete listing and shows its public address', async () => {
    const listing = editedListing();
    const published = editedListing({
      status: 'PUBLISHED',
      publishedAt: '2026-04-02T10:00:00.000Z',
      allowedTransitions: ['DRAFT', 'ARCHIVED'],
    });
    renderEditor(listing, [
      {
        request: { query: PublishListingDocument, variables: { input: { id: listing.id } } },
        result: payload('publishListing', published),
      },
    ]);
    const publish = await screen.findByTestId('publish');
    expect(publish.textContent).toBe('Publish');
    expect(screen.getByTestId('publication-ready')).toBeTruthy();
    fireEvent.click(publish);
    expect((await screen.findByTestId('publication-done')).textContent).toContain('Published');
    expect(screen.getByTestId('public-url').textContent).toContain('/assets/int-urinary-rna-prostate-test');
    expect(screen.queryByTestId('publish')).toBeNull();
    expect(screen.getByTestId('unpublish')).toBeTruthy();
  });

  it('shows why the server refused to publish', async () => {
    const listing = editedListing();
    renderEditor(listing, [
      {
        request: { query: PublishListingDocument, variables: { input: { id: listing.id } } },
        result: payload('publishListing', listing, [userError('PATENT_NUMBERS_REQUIRED', 'patentNumbers')]),
      },
    ]);
    fireEvent.click(await screen.findByTestId('publish'));
    expect((await screen.findByTestId('publication-errors')).textContent).toContain('needs its application');
  });

  it('archives only after a confirmation', async () => {
    const listing = editedListing();
    renderEditor(listing, [
      {
        request: { query: ArchiveListingDocument, variables: { input: { id: listing.id } } },
        result: payload('archiveListing', editedListing({ status: 'ARCHIVED', allowedTransitions: ['DRAFT'] })),
      },
    ]);
    fireEvent.click(await screen.findByTestId('archive'));
    expect(screen.getByTestId('archive-confirm').textContent).toContain('Archive this listing?');
    fireEvent.click(screen.getByTestId('archive-confirm-button'));
    expect((await screen.findByTestId('publication-done')).textContent).toBe('Archived.');
    expect(screen.getByTestId('restore')).toBeTruthy();
    expect(screen.getByTestId('not-editable')).toBeTruthy();
    expect(screen.queryByTestId('save')).toBeNull();
  });

  it('previews the listing as the public page shows it, with unsaved changes', async () => {
    renderEditor(editedListing());
    await screen.findByTestId('listing-form');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Urinary RNA test for prostate cancer' } });
    fireEvent.click(screen.getByTestId('tab-preview'));
    const preview = screen.getByTestId('listing-preview');
    expect(within(preview).getByText(/unsaved changes/)).toBeTruthy();
    const title = within(preview).getByTestId('asset-title');
    expect(title.tagName).toBe('H1');
    expect(title.textContent).toBe('Urinary RNA test for prostate cancer');
    // The public page's parts: Espacenet links, inventors, contact, the office's mailbox, the call to action.
    expect(
      within(preview)
        .getAllByTestId('patent-link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      'https://worldwide.espacenet.com/patent/search?q=pn%3DEP4198823A1',
      'https://worldwide.espacenet.com/patent/search?q=pn%3DWO2023076508',
    ]);
    expect(within(within(preview).getByTestId('inventors')).getByText('Laura Sozzi')).toBeTruthy();
    expect(within(preview).getByTestId('contact-officer').textContent).toContain('Head of Technology Transfer');
    expect(within(preview).getByTestId('tto-email').textContent).toBe('tto@int.demo');
    expect(within(preview).getByText('TRL 6 of 9')).toBeTruthy();
    expect(within(preview).getByText('Express interest')).toBeTruthy();
    expect(screen.getByTestId('listing-form').closest('[hidden]')).toBeTruthy();
  });

  it('keeps a retired platform (shown as retired) beside the institute’s active ones, and saves it unchanged', async () => {
    const retired = {
      __typename: 'Platform' as const,
      id: 'UGxhdDo5',
      slug: 'int-old-biobank',
      name: 'Former Tissue Bank',
      kind: 'BIOBANK' as const,
    };
    const listing = editedListing({ kind: 'SERVICE', platform: retired });
    const sent: UpdateListingInput[] = [];
    renderEditor(listing, [
      {
        request: {
          query: UpdateListingDocument,
          variables: (variables: { input: UpdateListingInput }) => {
            sent.push(variables.input);
            return true;
          },
        },
        result: payload('updateListing', listing),
      },
    ]);
    await screen.findByTestId('listing-form');
    const picker = screen.getByLabelText('Platform') as HTMLSelectElement;
    expect(picker.value).toBe(retired.id);
    expect([...picker.options].map((option) => option.textContent)).toEqual([
      'No platform',
      'Former Tissue Bank · Biobank (retired)',
      'Clinical Epidemiology and Biostatistics Unit · Biostatistics',
    ]);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Urinary RNA test, renamed' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ platformId: retired.id });
    // The preview names it, as the public page does.
    fireEvent.click(screen.getByTestId('tab-preview'));
    expect(within(screen.getByTestId('listing-preview')).getByText(/Former Tissue Bank/)).toBeTruthy();
  });

  describe('expiry', () => {
    const today = isoDay(new Date());
    const inDays = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));
    afterEach(() => activateLocale('en'));

    it('sends the expiry date set in the editor', async () => {
      const listing = editedListing();
      const sent: UpdateListingInput[] = [];
      renderEditor(listing, [
        {
          request: {
            query: UpdateListingDocument,
            variables: (variables: { input: UpdateListingInput }) => {
              sent.push(variables.input);
              return true;
            },
          },
          result: payload('updateListing', editedListing({ expiresOn: inDays(90) })),
        },
      ]);
      await screen.findByTestId('listing-form');
      const field = document.getElementById('listing-expiresOn') as HTMLInputElement;
      expect(field.type).toBe('date');
      fireEvent.change(field, { target: { value: inDays(90) } });
      fireEvent.click(screen.getByTestId('save'));
      await waitFor(() => expect(sent[0]).toMatchObject({ expiresOn: inDays(90) }));
    });

    it('shows an expired listing as expired, and renews it a year on by default, publishing it again', async () => {
      const expired = editedListing({
        status: 'ARCHIVED',
        allowedTransitions: ['DRAFT'],
        publishedAt: '2026-01-10T10:00:00.000Z',
        expiresOn: inDays(-3),
        expiredAt: `${inDays(-2)}T00:53:00.000Z`,
      });
      const renewed = editedListing({
        status: 'PUBLISHED',
        allowedTransitions: ['DRAFT', 'ARCHIVED'],
        publishedAt: '2026-01-10T10:00:00.000Z',
        expiresOn: yearsAfter(today, 1),
        expiredAt: null,
      });
      renderEditor(expired, [
        {
          request: {
            query: RenewListingDocument,
            variables: { input: { id: expired.id, expiresOn: yearsAfter(today, 1) } },
          },
          result: payload('renewListing', renewed),
        },
      ]);
      const panel = await screen.findByTestId('publication-panel');
      expect(within(panel).getByText('Expired')).toBeTruthy();
      expect(within(panel).getByTestId('listing-expiry-note').textContent).toMatch(/^Expired on /);
      fireEvent.click(within(panel).getByTestId('renew'));
      expect((screen.getByTestId('renewal-date') as HTMLInputElement).value).toBe(yearsAfter(today, 1));
      fireEvent.click(screen.getByTestId('renewal-confirm'));
      expect((await screen.findByTestId('renewal-done')).textContent).toMatch(/^Renewed: offered until /);
      expect(within(panel).getByTestId('listing-expiry-note').dataset.state).toBe('SCHEDULED');
      expect(screen.getByTestId('public-url')).toBeTruthy();
    });

    it('refuses a renewal date in the past before asking the server', async () => {
      renderEditor(
        editedListing({ status: 'PUBLISHED', allowedTransitions: ['DRAFT', 'ARCHIVED'], expiresOn: inDays(10) }),
      );
      const renew = await screen.findByTestId('renew');
      fireEvent.click(renew);
      fireEvent.change(screen.getByTestId('renewal-date'), { target: { value: inDays(-1) } });
      fireEvent.click(screen.getByTestId('renewal-confirm'));
      expect((await screen.findByTestId('renewal-errors')).textContent).toBe('The expiry date cannot be in the past.');
    });

    it('tells an Italian officer that a published listing expires soon', async () => {
      await activateLocale('it');
      renderEditor(
        editedListing({ status: 'PUBLISHED', allowedTransitions: ['DRAFT', 'ARCHIVED'], expiresOn: inDays(10) }),
      );
      const note = await screen.findByTestId('listing-expiry-note');
      expect(note.textContent).toMatch(/^Scade il .+: la rinnovi per mantenerla nel catalogo\.$/);
      expect(screen.getByTestId('renew').textContent).toBe('Rinnova…');
    });
  });

  describe('in both languages', () => {
    afterEach(() => activateLocale('en'));

    const italian = listingTexts('IT', {
      title: 'Test dell’RNA urinario per il tumore della prostata clinicamente significativo',
      summary: 'Test non invasivo sulle urine di primo getto che riduce le biopsie prostatiche non necessarie.',
      description: 'Un PSA elevato porta a molte biopsie prostatiche che non trovano alcun tumore.',
      problem: 'Il PSA non è specifico.',
    });

    it('keeps English and Italian apart in an Italian session, whatever the listing’s own fields say', async () => {
      await activateLocale('it');
      const listing = editedListing({
        // What the API answers an Italian request: the listing's fields in Italian, its texts as stored.
        textLanguage: 'IT',
        title: italian.title,
        summary: italian.summary,
        italian,
        publicationWarnings: [
          userError('TRANSLATION_MISSING', 'benefitsIt'),
          userError('TRANSLATION_MISSING', 'applicationsIt'),
          userError('TRANSLATION_MISSING', 'keywordsIt'),
        ],
      });
      const sent: UpdateListingInput[] = [];
      renderEditor(listing, [
        {
          request: {
            query: UpdateListingDocument,
            variables: (variables: { input: UpdateListingInput }) => {
              sent.push(variables.input);
              return true;
            },
          },
          result: payload('updateListing', listing),
        },
      ]);
      await screen.findByTestId('listing-form');
      const english = screen.getByLabelText('Titolo') as HTMLInputElement;
      const inItalian = screen.getByLabelText('Titolo (in italiano)') as HTMLInputElement;
      expect(english.value).toBe(listing.english.title);
      expect(english.getAttribute('lang')).toBe('en');
      expect(inItalian.value).toBe(italian.title);
      expect(inItalian.getAttribute('lang')).toBe('it');

      // Which Italian texts are missing: a badge on each, a count, and the panel's recommendations.
      expect(screen.getByTestId('translation-missing-benefitsIt')).toBeTruthy();
      expect(screen.queryByTestId('translation-missing-titleIt')).toBeNull();
      expect(screen.getByTestId('translation-summary').textContent).toBe('3 testi ancora da tradurre in italiano');
      const panel = screen.getByTestId('publication-panel');
      expect(within(panel).getByTestId('publication-warnings').textContent).toContain('mancano 3 testi in italiano');
      expect(within(panel).getByTestId('publish')).toHaveProperty('disabled', false);

      fireEvent.change(screen.getByLabelText('Vantaggi rispetto alle alternative attuali (in italiano)'), {
        target: { value: 'Evita circa un terzo delle biopsie.' },
      });
      expect(screen.queryByTestId('translation-missing-benefitsIt')).toBeNull();
      expect(screen.getByTestId('translation-summary').textContent).toBe('2 testi ancora da tradurre in italiano');
      fireEvent.click(screen.getByTestId('save'));
      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]).toMatchObject({
        title: listing.english.title,
        summary: listing.english.summary,
        description: listing.english.description,
        benefits: listing.english.benefits,
        titleIt: italian.title,
        summaryIt: italian.summary,
        descriptionIt: italian.description,
        problemIt: italian.problem,
        benefitsIt: 'Evita circa un terzo delle biopsie.',
        applicationsIt: [],
        keywordsIt: [],
      });
    });
  });
});
