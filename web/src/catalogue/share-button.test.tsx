import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { ShareButton } from './share-button';

const SLUG = 'int-urinary-rna-prostate-test';
const TITLE = 'Urinary RNA test for prostate cancer';

async function openMenu() {
  const button = screen.getByRole('button', { name: /share|condividi/i });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return { button, menu: await screen.findByTestId('share-menu') };
}

describe('ShareButton', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await act(() => activateLocale('en'));
  });

  it('opens a list to copy the link (with a confirmation), e-mail it, post it on LinkedIn, download the PDF, print', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareButton slug={SLUG} title={TITLE} />);
    const { button, menu } = await openMenu();
    expect(button.getAttribute('aria-controls')).toBe(menu.parentElement?.id);
    const url = `${window.location.origin}/assets/${SLUG}`;

    fireEvent.click(within(menu).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied to the clipboard.'));
    expect(writeText).toHaveBeenCalledWith(url);

    const mail = within(menu).getByRole('link', { name: 'Send by e-mail' }).getAttribute('href')!;
    expect(mail.startsWith(`mailto:?subject=${encodeURIComponent(TITLE)}&body=`)).toBe(true);
    expect(decodeURIComponent(mail.split('body=')[1]!)).toContain(url);
    const linkedIn = within(menu).getByRole('link', { name: /Share on LinkedIn/ });
    expect(linkedIn.getAttribute('href')).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    );
    expect(linkedIn.getAttribute('target')).toBe('_blank');
    const pdf = within(menu).getByRole('link', { name: 'Download PDF' });
    expect(pdf.getAttribute('href')).toBe(`/pdf/listings/${SLUG}.pdf`);
    expect(pdf.hasAttribute('download')).toBe(true);

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    fireEvent.click(within(menu).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when the link cannot be copied', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareButton slug={SLUG} title={TITLE} />);
    const { menu } = await openMenu();
    fireEvent.click(within(menu).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be copied/));
  });

  it('closes on Escape with the focus back on its button, and on a click elsewhere', async () => {
    render(
      <>
        <ShareButton slug={SLUG} title={TITLE} />
        <p data-testid="elsewhere">Elsewhere</p>
      </>,
    );
    const { button, menu } = await openMenu();
    within(menu).getByRole('button', { name: 'Copy link' }).focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('share-menu')).toBeNull();
    expect(document.activeElement).toBe(button);

    await openMenu();
    fireEvent.pointerDown(screen.getByTestId('elsewhere'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('speaks Italian on an Italian page, and links the Italian PDF', async () => {
    await act(() => activateLocale('it'));
    render(<ShareButton slug={SLUG} title={TITLE} />);
    const { menu } = await openMenu();
    expect(within(menu).getByRole('button', { name: 'Copia il link' })).toBeTruthy();
    expect(within(menu).getByRole('link', { name: 'Scarica il PDF' }).getAttribute('href')).toBe(
      `/it/pdf/listings/${SLUG}.pdf`,
    );
    expect(within(menu).getByRole('button', { name: 'Stampa' })).toBeTruthy();
  });
});
