import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hiddenSide, ScrollTable } from './scroll-table';

describe('hiddenSide', () => {
  it('says which side of a scrolled table is out of sight', () => {
    expect(hiddenSide(300, 300, 0)).toBe('none');
    // A pixel of rounding is not more to see.
    expect(hiddenSide(301, 300, 0)).toBe('none');
    expect(hiddenSide(600, 300, 0)).toBe('end');
    expect(hiddenSide(600, 300, 150)).toBe('end');
    expect(hiddenSide(600, 300, 300)).toBe('start');
  });
});

function sized(element: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: clientWidth });
}

describe('ScrollTable', () => {
  it('is a named region the keyboard reaches, with no hint when the table fits', () => {
    render(
      <ScrollTable label="Inventors" testId="region">
        <table />
      </ScrollTable>,
    );
    const region = screen.getByRole('region', { name: 'Inventors' });
    expect(region.tabIndex).toBe(0);
    expect(screen.queryByTestId('scroll-hint')).toBeNull();
  });

  it('hints at the columns out of sight while scrolling, and at the first ones at the end', () => {
    render(
      <ScrollTable label="Figures" testId="region">
        <table />
      </ScrollTable>,
    );
    const region = screen.getByTestId('region');
    sized(region, 640, 340);
    fireEvent.scroll(region);
    expect(screen.getByTestId('scroll-hint').textContent).toBe('More columns: scroll sideways →');
    region.scrollLeft = 300;
    fireEvent.scroll(region);
    expect(screen.getByTestId('scroll-hint').textContent).toBe('← Scroll back for the first columns');
  });
});
