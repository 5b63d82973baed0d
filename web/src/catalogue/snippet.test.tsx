import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Snippet } from './snippet';

describe('Snippet', () => {
  it('marks the highlighted parts and keeps the text around them', () => {
    const { getByTestId } = render(
      <Snippet
        parts={[
          { text: 'reduces unnecessary prostate ', highlighted: false },
          { text: 'biopsies', highlighted: true },
          { text: ' in men with raised PSA; one ', highlighted: false },
          { text: 'biopsy', highlighted: true },
        ]}
      />,
    );
    const snippet = getByTestId('snippet');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['biopsies', 'biopsy']);
    expect(snippet.textContent).toContain('reduces unnecessary prostate biopsies in men with raised PSA; one biopsy');
  });

  it('renders text as text, never as HTML', () => {
    const { getByTestId } = render(<Snippet parts={[{ text: '<img src=x onerror=alert(1)>', highlighted: true }]} />);
    const snippet = getByTestId('snippet');
    expect(snippet.querySelector('img')).toBeNull();
    expect(snippet.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('renders nothing without a highlighted part', () => {
    const { container } = render(<Snippet parts={[{ text: 'just the summary', highlighted: false }]} />);
    expect(container.innerHTML).toBe('');
    expect(render(<Snippet parts={null} />).container.innerHTML).toBe('');
  });
});
