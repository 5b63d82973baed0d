import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CreatePlatformDocument,
  type PlatformAdminFieldsFragment,
  PlatformsAdminDocument,
  RetirePlatformDocument,
} from '../generated/members-graphql';
import { activateLocale, loadMemberMessages } from '../i18n/i18n';
import { admin, renderAt, userError, viewerMock } from '../session/test-fixtures';
import { PlatformsSection } from './platforms-section';

function platform(overrides: Partial<PlatformAdminFieldsFragment> = {}): PlatformAdminFieldsFragment {
  return {
    __typename: 'Platform',
    id: 'UGxhdGZvcm06MQ==',
    slug: 'genomic-facility',
    name: 'Genomic Facility',
    kind: 'GENOMICS',
    retiredAt: null,
    english: { __typename: 'PlatformTexts', description: 'Sequencing.', capabilities: ['WGS', 'RNA-seq'] },
    italian: { __typename: 'PlatformTexts', description: 'Sequenziamento.', capabilities: ['WGS', 'RNA-seq'] },
    ...overrides,
  };
}

const listMock = (platforms: PlatformAdminFieldsFragment[]) => ({
  request: { query: PlatformsAdminDocument, variables: { institutionId: 'SW5zdDox' } },
  result: { data: { __typename: 'Query', institutionPlatforms: platforms } },
});

function renderSection(mocks: object[]) {
  renderAt(
    '/admin/platforms',
    <Route path="/admin/platforms" element={<PlatformsSection institutionId="SW5zdDox" />} />,
    [viewerMock(admin(), 5), ...(mocks as never[])],
  );
}

afterEach(() => activateLocale('en'));

describe('PlatformsSection', () => {
  it('lists the platforms, the retired ones marked and without actions', async () => {
    renderSection([
      listMock([
        platform(),
        platform({ id: 'UGxhdGZvcm06Mg==', name: 'Old Lab', retiredAt: '2026-11-02T10:00:00.000Z' }),
      ]),
    ]);
    const rows = await screen.findAllByTestId('platform-row');
    expect(within(rows[0]!).getByText('WGS · RNA-seq')).toBeTruthy();
    expect(within(rows[1]!).getByTestId('platform-retired').textContent).toMatch(/^Retired on /);
    expect(within(rows[1]!).queryByTestId('retire-platform')).toBeNull();
  });

  it('shows the capabilities in Italian on an Italian page, and the English ones marked as such while none are written', async () => {
    await loadMemberMessages();
    await activateLocale('it');
    renderSection([
      listMock([
        platform({ italian: { __typename: 'PlatformTexts', description: 'Sequenziamento.', capabilities: ['Esoma'] } }),
        platform({
          id: 'UGxhdGZvcm06Mg==',
          name: 'Imaging',
          english: { __typename: 'PlatformTexts', description: 'Imaging.', capabilities: ['Confocal microscopy'] },
          italian: { __typename: 'PlatformTexts', description: '', capabilities: [] },
        }),
      ]),
    ]);
    const rows = await screen.findAllByTestId('platform-row');
    expect(within(rows[0]!).getByText('Esoma').getAttribute('lang')).toBeNull();
    expect(within(rows[1]!).getByText('Confocal microscopy').getAttribute('lang')).toBe('en');
  });

  it('retires a platform after saying what that means', async () => {
    const retired = platform({ retiredAt: '2026-12-03T10:00:00.000Z' });
    renderSection([
      listMock([platform()]),
      {
        request: { query: RetirePlatformDocument, variables: { input: { id: 'UGxhdGZvcm06MQ==' } } },
        result: {
          data: {
            __typename: 'Mutation',
            retirePlatform: { __typename: 'PlatformPayload', platform: retired, errors: [] },
          },
        },
      },
      listMock([retired]),
    ]);
    fireEvent.click(await screen.findByTestId('retire-platform'));
    expect(screen.getByTestId('retire-platform-confirm').textContent).toMatch(/keep working/);
    fireEvent.click(screen.getByTestId('confirm-retire-platform'));
    expect((await screen.findByTestId('platform-notice')).textContent).toBe('Genomic Facility has been retired.');
  });

  it('checks a new platform before sending it, and shows what the API refuses', async () => {
    renderSection([
      listMock([]),
      {
        request: {
          query: CreatePlatformDocument,
          variables: {
            input: {
              institutionId: 'SW5zdDox',
              name: 'Genomic Facility',
              kind: 'GENOMICS',
              description: 'Sequencing.',
              descriptionIt: '',
              capabilities: [],
              capabilitiesIt: [],
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            createPlatform: {
              __typename: 'PlatformPayload',
              platform: null,
              errors: [userError('PLATFORM_NAME_TAKEN', 'name')],
            },
          },
        },
      },
    ]);
    expect(await screen.findByText('No platforms yet')).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-platform'));
    const form = screen.getByTestId('platform-form');
    fireEvent.click(within(form).getByTestId('save-platform'));
    expect(await within(form).findAllByText('Enter the name.')).not.toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Genomic Facility' } });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'GENOMICS' } });
    fireEvent.change(within(form).getByLabelText('Description in English'), { target: { value: 'Sequencing.' } });
    fireEvent.click(within(form).getByTestId('save-platform'));
    expect(await within(form).findAllByText('The institute already has a platform with this name.')).not.toHaveLength(
      0,
    );
  });
});
