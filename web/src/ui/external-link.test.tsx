import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../account/next-path';
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

  it('follows only paths of this site after sign-in', () => {
    expect(safeNextPath('/assets/int-urinary-rna-prostate-test')).toBe('/assets/int-urinary-rna-prostate-test');
    expect(safeNextPath('//evil.example/x')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
