import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { plannedDisclosureWarning, validateDisclosureStep } from '@tt/shared/disclosure-transitions';
import { Route, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveDisclosureDraftDocument, type SaveDisclosureDraftMutationVariables } from '../generated/members-graphql';
import { renderAt, viewerMock, viewerUser, where } from '../session/test-fixtures';
import { DisclosureWizardPage } from './disclosure-wizard-page';
import {
  DISCLOSURE_ID,
  type DisclosureDetail,
  disclosureDetail,
  disclosureQueryMock,
  formFields,
  isoDaysFromNow,
} from './test-fixtures';
import { closeDraftSessions } from './use-draft-autosave';

const wizardRoute = <Route path="/disclosures/:id/edit/:step?" element={<DisclosureWizardPage />} />;
const at = (step: string) => `/disclosures/${DISCLOSURE_ID}/edit/${step}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type SaveInput = SaveDisclosureDraftMutationVariables['input'];

/** saveDisclosureDraft answering every save with the next version (or what `answer` gives). */
function saveMock(
  detail: DisclosureDetail,
  answer?: (input: SaveInput) => {
    disclosure: DisclosureDetail | null;
    errors: { field: string | null; code: string; message: string }[];
  },
) {
  const calls: SaveInput[] = [];
  let version = detail.version;
  const mock: MockLink.MockedResponse = {
    request: { query: SaveDisclosureDraftDocument, variables: () => true },
    maxUsageCount: 20,
    result: (variables: Record<string, unknown>) => {
      const input = variables.input as SaveInput;
      calls.push(input);
      const answered = answer?.(input);
      version += 1;
      const disclosure = answered ? answered.disclosure : { ...detail, version, title: input.title ?? null };
      return {
        data: {
          __typename: 'Mutation',
          saveDisclosureDraft: {
            __typename: 'DisclosurePayload',
            disclosure: disclosure ? formFields(disclosure) : null,
            errors: (answered?.errors ?? []).map((error) => ({ __typename: 'UserError', ...error })),
          },
        },
      };
    },
  };
  return { mock, calls };
}

/** The app's layout mounts a page again for every address, as this does. */
function KeyedWizard() {
  const { pathname } = useLocation();
  return <DisclosureWizardPage key={pathname} />;
}

async function openStep(step: string, detail: DisclosureDetail, extra: MockLink.MockedResponse[] = []) {
  const researcher = viewerUser({ id: 'VXNlcjoy', role: 'RESEARCHER', name: 'Giulia Zanetti', company: null });
  renderAt(at(step), wizardRoute, [viewerMock(researcher, 3), disclosureQueryMock(detail), ...extra]);
  await screen.findByTestId('disclosure-wizard');
}

afterEach(() => {
  vi.useRealTimers();
  closeDraftSessions();
});

describe('the disclosure wizard', () => {
  it('saves once, about 800 ms after typing stops, naming the version it edited', async () => {
    const detail = disclosureDetail({ version: 3 });
    const save = saveMock(detail);
    await openStep('basics', detail, [save.mock]);
    const title = screen.getByLabelText('Title');
    fireEvent.change(title, { target: { value: 'Method for expanding' } });
    await sleep(200);
    fireEvent.change(title, { target: { value: 'Method for expanding CTCs' } });
    await sleep(200);
    fireEvent.change(title, { target: { value: 'Method for expanding circulating tumour cells' } });
    expect(screen.getByTestId('save-status').textContent).toBe('Saving…');

    await sleep(500);
    expect(save.calls).toHaveLength(0);
    await waitFor(() => expect(save.calls).toHaveLength(1), { timeout: 2000 });
    expect(save.calls[0]).toMatchObject({
      id: DISCLOSURE_ID,
      expectedVersion: 3,
      title: 'Method for expanding circulating tumour cells',
    });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/^Saved at /));

    // The next save names the version the server returned.
    fireEvent.change(title, { target: { value: 'Method for expanding circulating tumour cells ex vivo' } });
    await waitFor(() => expect(save.calls).toHaveLength(2), { timeout: 2000 });
    expect(save.calls[1]?.expectedVersion).toBe(4);
    await sleep(900);
    expect(save.calls).toHaveLength(2);
  });

  it('saves at once on leaving a step, without waiting for the pause', async () => {
    const detail = disclosureDetail();
    const save = saveMock(detail);
    await openStep('basics', detail, [save.mock]);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'A new and longer title' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(where.pathname).toBe(at('inventors')));
    await waitFor(() => expect(save.calls).toHaveLength(1), { timeout: 300 });
    expect(save.calls[0]?.title).toBe('A new and longer title');
  });

  it('keeps the draft across steps when each step is a page of its own, so a save never conflicts with the last', async () => {
    const detail = disclosureDetail({ version: 3 });
    const save = saveMock(detail);
    const researcher = viewerUser({ id: 'VXNlcjoy', role: 'RESEARCHER', name: 'Giulia Zanetti', company: null });
    renderAt(at('basics'), <Route path="/disclosures/:id/edit/:step?" element={<KeyedWizard />} />, [
      viewerMock(researcher, 3),
      disclosureQueryMock(detail),
      save.mock,
    ]);
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'A title typed on the first step' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(where.pathname).toBe(at('inventors')));
    const name = (await screen.findAllByLabelText('Name'))[0] as HTMLElement;
    fireEvent.change(name, { target: { value: 'Giulia Zanetti-Rossi' } });
    await waitFor(() => expect(save.calls).toHaveLength(2), { timeout: 2000 });
    expect(save.calls.map((input) => input.expectedVersion)).toEqual([3, 4]);
    expect(save.calls[1]?.title).toBe('A title typed on the first step');
    expect(save.calls[1]?.inventors?.[0]?.name).toBe('Giulia Zanetti-Rossi');
    expect(screen.queryByTestId('conflict-banner')).toBeNull();
  });

  it('stops on a version conflict, says so, and loads the latest version without losing the edits from sight', async () => {
    const detail = disclosureDetail({ version: 3 });
    const theirs = disclosureDetail({ version: 5, title: 'Title saved by a co-inventor meanwhile' });
    const save = saveMock(detail, () => ({
      disclosure: theirs,
      errors: [
        {
          field: 'expectedVersion',
          code: 'VERSION_CONFLICT',
          message:
            'This disclosure was changed elsewhere (now version 5, you edited version 3). Reload it before saving.',
        },
      ],
    }));
    await openStep('basics', detail, [save.mock]);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'My own edit of the title' } });

    const banner = await screen.findByTestId('conflict-banner', {}, { timeout: 2000 });
    expect(banner.textContent).toContain('This disclosure was changed in another tab or by a co-inventor');
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('conflict');
    // Nothing more is sent while the conflict stands.
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'My own edit of the title, longer' } });
    await sleep(1000);
    expect(save.calls).toHaveLength(1);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('My own edit of the title, longer');

    fireEvent.click(screen.getByTestId('conflict-load-latest'));
    await waitFor(() => expect(screen.queryByTestId('conflict-banner')).toBeNull());
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Title saved by a co-inventor meanwhile');
    const lost = screen.getByTestId('lost-edits');
    expect(lost.querySelector('textarea')?.value).toBe('My own edit of the title, longer');
  });

  it('shows the shared validator’s messages for a step on Next, and stays on the step', async () => {
    const detail = disclosureDetail({ title: null });
    await openStep('basics', detail, [saveMock(detail).mock]);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Too short' } });
    fireEvent.click(screen.getByTestId('wizard-next'));

    const [problem] = validateDisclosureStep('BASICS', { title: 'Too short' });
    expect(problem).toEqual({ field: 'title', code: 'TITLE_TOO_SHORT', params: { min: 10 } });
    const expected = 'The title needs at least 10 characters.';
    expect((await screen.findByTestId('error-title')).textContent).toBe(expected);
    expect(screen.getByTestId('step-problems').textContent).toContain(expected);
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(where.pathname).toBe(at('basics'));

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Long enough to be a title' } });
    expect(screen.queryByTestId('error-title')).toBeNull();
  });

  it('shows the running total of the shares and refuses anything but 100', async () => {
    const detail = disclosureDetail({
      inventors: [
        { __typename: 'DisclosureInventor', name: 'Giulia Zanetti', affiliation: 'IRST IRCCS', contributionShare: 60 },
        {
          __typename: 'DisclosureInventor',
          name: 'Marco Ferri',
          affiliation: 'OncoPharm S.p.A.',
          contributionShare: 30,
        },
      ],
    });
    await openStep('inventors', detail, [saveMock(detail).mock]);
    expect(screen.getByTestId('share-total').textContent).toContain('Total 90 %');
    expect(screen.getByTestId('share-total').textContent).toContain('10 % still to assign.');

    fireEvent.click(screen.getByTestId('wizard-next'));
    expect((await screen.findByTestId('error-inventors')).textContent).toBe(
      'The contribution shares sum to 90, not 100.',
    );

    const shares = screen.getAllByLabelText('Contribution share');
    fireEvent.change(shares[1] as HTMLElement, { target: { value: '45' } });
    expect(screen.getByTestId('share-total').textContent).toContain('5 % too much.');
    fireEvent.change(shares[1] as HTMLElement, { target: { value: '40' } });
    expect(screen.getByTestId('share-total').textContent).toContain('The shares sum to 100.');
    expect(screen.queryByTestId('error-inventors')).toBeNull();

    fireEvent.click(screen.getByTestId('add-inventor'));
    fireEvent.click(screen.getByTestId('split-shares'));
    expect(screen.getAllByLabelText('Contribution share').map((input) => (input as HTMLInputElement).value)).toEqual([
      '33.33',
      '33.33',
      '33.34',
    ]);
  });

  it('warns at once when a planned public disclosure is near', async () => {
    const detail = disclosureDetail();
    await openStep('prior-art', detail, [saveMock(detail).mock]);
    fireEvent.click(screen.getByTestId('add-planned-disclosure'));
    const date = screen.getByLabelText('Date');
    fireEvent.change(date, { target: { value: isoDaysFromNow(90) } });
    expect(screen.queryByTestId('planned-warning')).toBeNull();

    const near = isoDaysFromNow(10);
    fireEvent.change(date, { target: { value: near } });
    const warning = await screen.findByTestId('planned-warning');
    expect(plannedDisclosureWarning(near)).toEqual({ code: 'PLANNED_DISCLOSURE_SOON', params: { days: 10 } });
    expect(warning.textContent).toBe(
      'This public disclosure is in 10 days: tell the office now, a patent application must be filed before it.',
    );

    // Past disclosures are not warned about.
    fireEvent.change(screen.getByLabelText('When'), { target: { value: 'PAST' } });
    expect(screen.queryByTestId('planned-warning')).toBeNull();
  });

  it('lists every problem of the full validation at review, each linked to its field in its step', async () => {
    const detail = disclosureDetail({ title: 'Short' });
    await openStep('review', detail, [saveMock(detail).mock]);
    const problems = screen.getByTestId('review-problems');
    expect(problems.textContent).toContain('The title needs at least 10 characters.');
    expect(problems.textContent).toContain('The abstract is required.');
    expect(problems.textContent).toContain('The TRL is required.');
    const link = screen.getByRole('link', { name: 'The title needs at least 10 characters.' });
    expect(link.getAttribute('href')).toBe(`${at('basics')}#disclosure-title`);

    fireEvent.click(screen.getByTestId('submit-disclosure'));
    await waitFor(() => expect(document.activeElement).toBe(problems));
  });
});
