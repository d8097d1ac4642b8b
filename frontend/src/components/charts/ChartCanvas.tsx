// Loaded lazily (see FigurePanel): Chart.js stays out of the initial bundle, and only the pieces
// these line and bar charts use are registered, so the rest of the library is tree-shaken away.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatDecimal, formatInteger, formatNok, formatPercent, formatSignedInteger } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { ChartSpec, ChartTone, ChartValueFormat } from './chartSpec';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, LinearScale, CategoryScale, Tooltip, Legend);
Chart.defaults.font.family = "'Inter Variable', Inter, system-ui, sans-serif";
Chart.defaults.font.size = 13;

type ChartCanvasProps = {
  spec: ChartSpec;
  /** Describes the chart to screen readers and points them to the table. */
  label: string;
  language: Language;
};

function themeColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

const toneTokens: Record<ChartTone, [string, string]> = {
  accent: ['--ds-color-accent-base-default', '#0062ba'],
  target: ['--ds-color-neutral-text-default', '#1e2b3c'],
  success: ['--ds-color-success-base-default', '#068718'],
  info: ['--ds-color-info-base-default', '#0a71c0'],
  warning: ['--ds-color-warning-base-default', '#b65a00'],
  danger: ['--ds-color-danger-base-default', '#c01b1b'],
  neutral: ['--ds-color-neutral-base-default', '#68707c'],
};

const pointStyles = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const;

function formatter(format: ChartValueFormat, language: Language): (value: number) => string {
  switch (format) {
    case 'signed':
      return (value) => formatSignedInteger(value, language);
    case 'percent':
      return (value) => formatPercent(value, language);
    case 'decimal':
      return (value) => formatDecimal(value, language);
    case 'nok':
      return (value) => formatNok(value, language);
    default:
      return (value) => formatInteger(value, language);
  }
}

/** Dashed vertical lines with a label, drawn over the chart at the given category indexes. */
function markerPlugin(markers: NonNullable<ChartSpec['markers']>, color: string): Plugin {
  return {
    id: 'vekstMarkers',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      ctx.save();
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 2;
      for (const marker of markers) {
        const position = x.getPixelForValue(marker.index);
        // Labels at the edges stay inside the canvas.
        const width = ctx.measureText(marker.label).width;
        ctx.textAlign = position + width / 2 > chart.width ? 'right' : position - width / 2 < 0 ? 'left' : 'center';
        ctx.beginPath();
        ctx.moveTo(position, chartArea.top + 14);
        ctx.lineTo(position, chartArea.bottom);
        ctx.stroke();
        ctx.fillText(marker.label, position, chartArea.top + 10);
      }
      ctx.restore();
    },
  };
}

export function chartConfiguration(spec: ChartSpec, language: Language): ChartConfiguration {
  const color = (tone: ChartTone) => themeColor(...toneTokens[tone]);
  const gridColor = themeColor('--ds-color-neutral-border-subtle', '#d0d4d9');
  const textColor = themeColor('--ds-color-neutral-text-subtle', '#4b5563');
  const format = formatter(spec.valueFormat ?? 'integer', language);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';

  const datasets = spec.series.map((series, index) => {
    const kind = series.kind ?? spec.type;
    const main = color(series.tone);
    const base = { label: series.label, data: [...series.data], order: kind === 'line' ? 0 : 1 };
    if (kind === 'line') {
      return {
        ...base,
        type: 'line',
        borderColor: main,
        backgroundColor: main,
        borderWidth: 3,
        borderDash: series.dashed ? [8, 5] : [],
        pointStyle: pointStyles[index % pointStyles.length],
        pointRadius: 4,
        pointHoverRadius: 6,
        spanGaps: false,
        tension: 0,
      } as ChartDataset<'line'>;
    }
    const tones = series.pointTones;
    return {
      ...base,
      type: 'bar',
      backgroundColor: tones ? tones.map(color) : main,
      borderColor: themeColor('--ds-color-neutral-background-default', '#ffffff'),
      borderWidth: 1,
      stack: series.stack ?? series.label,
    } as ChartDataset<'bar'>;
  });

  return {
    type: spec.type,
    data: { labels: [...spec.labels], datasets: datasets as ChartDataset[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      animation: reduceMotion ? false : { duration: 400 },
      layout: { padding: { top: spec.markers?.length ? 8 : 0 } },
      scales: {
        [categoryAxis]: { stacked: spec.stacked, grid: { display: false }, ticks: { color: textColor } },
        [valueAxis]: {
          stacked: spec.stacked,
          grid: { color: gridColor },
          ticks: { color: textColor, callback: (value: number | string) => format(Number(value)) },
        },
      },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { color: textColor, usePointStyle: true },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const value = spec.horizontal ? item.parsed.x : item.parsed.y;
              return `${item.dataset.label ?? ''}: ${value === null ? '–' : format(Number(value))}`;
            },
          },
        },
      },
    },
    plugins: spec.markers?.length ? [markerPlugin(spec.markers, textColor)] : [],
  } as ChartConfiguration;
}

export default function ChartCanvas({ spec, label, language }: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart(canvas, chartConfiguration(spec, language));
    return () => chart.destroy();
  }, [spec, language]);

  return (
    <div className="vekst-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
