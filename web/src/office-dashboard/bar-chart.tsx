import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { getLocale } from '../i18n/i18n';

// Only what bar charts need, so the chart chunk stays small (chart.js is tree-shaken to these).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: readonly number[];
  color: string;
}

/** A label in lines of about `width` characters, broken between words. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + word.length + 1 <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A bar chart drawn on a canvas. The canvas is hidden from assistive technology: every chart of the dashboard
 * stands beside a table of the same figures (ChartFigure).
 */
export function BarChart({
  labels,
  series,
  stacked = false,
  horizontal = false,
  height = 260,
  formatValue,
}: {
  labels: readonly string[];
  series: readonly BarSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  height?: number;
  /** How the value axis and the tooltips write a value (e.g. as money); whole numbers by default. */
  formatValue?: (value: number) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redrawn when what it shows changes, not on every render of the page.
  const shown = JSON.stringify({ labels, series, stacked, horizontal, formatted: formatValue?.(1234.5) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` stands for labels, series, the layout and the format
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const valueTicks = formatValue ? { callback: (value: string | number) => formatValue(Number(value)) } : {};
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        // A horizontal chart's labels wrap rather than being cut off on a phone.
        labels: horizontal ? labels.map((label) => wrapLabel(label)) : [...labels],
        datasets: series.map((entry) => ({
          label: entry.label,
          data: [...entry.values],
          backgroundColor: entry.color,
          borderRadius: 3,
          maxBarThickness: 42,
        })),
      },
      options: {
        locale: getLocale(),
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: {
          x: {
            stacked,
            beginAtZero: true,
            ticks: { precision: 0, ...(horizontal && valueTicks) },
            grid: { display: horizontal },
          },
          y: {
            stacked,
            beginAtZero: true,
            // A horizontal chart names every bar: its labels are never skipped to save room.
            ticks: { precision: 0, ...(!horizontal && valueTicks), ...(horizontal && { autoSkip: false }) },
            grid: { display: !horizontal },
          },
        },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
          ...(formatValue && {
            tooltip: {
              callbacks: {
                label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}`,
              },
            },
          }),
        },
      },
    };
    const chart = new Chart(context, config);
    return () => chart.destroy();
  }, [shown]);
  return (
    <div className="bar-chart" style={{ blockSize: height }} aria-hidden="true">
      <canvas ref={canvas} data-testid="bar-chart" />
    </div>
  );
}
