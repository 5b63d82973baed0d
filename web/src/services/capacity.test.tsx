import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { isoDay } from '@tt/shared/technology-request-rules';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceCapacityFieldsFragment } from '../generated/graphql';
import { SetServiceCapacityDocument } from '../generated/members-graphql';
import { activateLocale, loadErrorMessages, loadMemberMessages } from '../i18n/i18n';
import { CapacityBadge } from './capacity-badge';
import { CapacityEditor } from './capacity-editor';
import { CapacityPanel } from './capacity-panel';

const capacity = (overrides: Partial<ServiceCapacityFieldsFragment> = {}): ServiceCapacityFieldsFragment => ({
  __typename: 'ServiceCapacity',
  status: 'ACCEPTING_REQUESTS',
  fullyBookedUntil: null,
  nextSlotOn: null,
  turnaroundWeeksMin: 4,
  turnaroundWeeksMax: 6,
  ...overrides,
});

const daysFromToday = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

afterEach(() => activateLocale('en'));

describe('CapacityBadge (catalogue cards)', () => {
  it('says a service accepts requests, or until when it is fully booked', () => {
    const { rerender } = render(<CapacityBadge capacity={capacity()} />);
    expect(screen.getByTestId('capacity-badge').textContent).toContain('Accepting requests');
    rerender(<CapacityBadge capacity={capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2027-03-12' })} />);
    expect(screen.getByTestId('capacity-badge').textContent).toContain('Fully booked until 12 March 2027');
  });

  it('shows nothing for a listing that states nothing or is no service', () => {
    const { container, rerender } = render(<CapacityBadge capacity={capacity({ status: 'NOT_STATED' })} />);
    expect(container.innerHTML).toBe('');
    rerender(<CapacityBadge capacity={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('speaks Italian', async () => {
    await activateLocale('it');
    render(<CapacityBadge capacity={capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2027-03-12' })} />);
    expect(screen.getByTestId('capacity-badge').textContent).toContain('Al completo fino al 12 marzo 2027');
  });
});

describe('CapacityPanel (the listing page)', () => {
  it('shows the status, the next slot and the turnaround range', () => {
    render(<CapacityPanel capacity={capacity({ nextSlotOn: '2027-01-11' })} />);
    expect(screen.getByTestId('capacity-status').textContent).toContain('Accepting requests');
    expect(screen.getByTestId('capacity-next-slot').textContent).toContain('Next available slot: 11 January 2027');
    expect(screen.getByTestId('capacity-turnaround').textContent).toContain('Typically 4–6 weeks');
  });

  it('says when a fully booked service takes requests again, and a single number of weeks', () => {
    render(
      <CapacityPanel
        capacity={capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: '2027-03-12', turnaroundWeeksMax: null })}
      />,
    );
    expect(screen.getByTestId('capacity-status').textContent).toContain(
      'Fully booked until 12 March 2027New requests are taken again from 13 March 2027.',
    );
    expect(screen.getByTestId('capacity-turnaround').textContent).toContain('Typically 4 weeks');
  });

  it('in Italian', async () => {
    await activateLocale('it');
    render(<CapacityPanel capacity={capacity({ turnaroundWeeksMin: 1, turnaroundWeeksMax: null })} />);
    expect(screen.getByTestId('capacity-status').textContent).toContain('Accetta nuove richieste');
    expect(screen.getByTestId('capacity-turnaround').textContent).toContain('Di norma 1 settimana');
  });

  it('is left out when nothing is stated', () => {
    const { container } = render(
      <CapacityPanel
        capacity={capacity({ status: 'NOT_STATED', turnaroundWeeksMin: null, turnaroundWeeksMax: null })}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('CapacityEditor (the office)', () => {
  const renderEditor = (mocks: object[] = []) =>
    render(
      <MockedProvider mocks={mocks as never} mockLinkDefaultOptions={{ delay: 0 }}>
        <CapacityEditor assetId="QXNzZXQ6OQ" capacity={capacity()} />
      </MockedProvider>,
    );

  it('checks the rules before sending: a fully booked service needs its date', async () => {
    await loadMemberMessages();
    await loadErrorMessages();
    renderEditor();
    fireEvent.click(screen.getByTestId('capacity-status-FULLY_BOOKED'));
    fireEvent.click(screen.getByTestId('capacity-save'));
    expect(await screen.findByText('Say until when the service is fully booked.')).toBeTruthy();
    expect(screen.getByTestId('capacity-fullyBookedUntil').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves a fully booked period and says so', async () => {
    await loadMemberMessages();
    const until = daysFromToday(30);
    const input = {
      id: 'QXNzZXQ6OQ',
      status: 'FULLY_BOOKED',
      fullyBookedUntil: until,
      nextSlotOn: null,
      turnaroundWeeksMin: 4,
      turnaroundWeeksMax: 6,
    };
    const saved = capacity({ status: 'FULLY_BOOKED', fullyBookedUntil: until });
    renderEditor([
      {
        request: { query: SetServiceCapacityDocument, variables: { input } },
        result: {
          data: {
            setServiceCapacity: {
              __typename: 'ListingPayload',
              asset: { __typename: 'Asset', id: 'QXNzZXQ6OQ', capacity: saved },
              errors: [],
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByTestId('capacity-status-FULLY_BOOKED'));
    fireEvent.change(screen.getByTestId('capacity-fullyBookedUntil'), { target: { value: until } });
    fireEvent.click(screen.getByTestId('capacity-save'));
    await waitFor(() => expect(screen.getByTestId('capacity-saved').textContent).toContain('Capacity saved'));
  });
});
