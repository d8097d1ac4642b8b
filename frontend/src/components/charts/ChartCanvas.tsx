// Loaded lazily (see FigurePanel): Chart.js stays out of the initial bundle, and only the pieces
// these line, bar and scatter charts use are registered, so the rest of the library is tree-shaken away.
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
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatDecimal, formatInteger, formatNok, formatPercent, formatSignedInteger } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { CategoryChartSpec, ChartSpec, ChartTone, ChartValueFormat, ScatterChartSpec, ScatterPoint } from './chartSpec';

Chart.register(
  LineController,
  BarController,
  ScatterController,
  LineElement,
  PointElement,
  BarElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);
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
function markerPlugin(markers: NonNullable<CategoryChartSpec['markers']>, color: string): Plugin {
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

/** Points on two value axes with titled axes; a series with `line` is drawn as a line without points. */
function scatterConfiguration(spec: ScatterChartSpec, language: Language): ChartConfiguration {
  const gridColor = themeColor('--ds-color-neutral-border-subtle', '#d0d4d9');
  const textColor = themeColor('--ds-color-neutral-text-subtle', '#4b5563');
  const formatX = formatter(spec.xFormat ?? 'decimal', language);
  const formatY = formatter(spec.yFormat ?? 'decimal', language);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const datasets = spec.series.map((series, index) => {
    const main = themeColor(...toneTokens[series.tone]);
    return {
      type: 'scatter',
      label: series.label,
      data: series.points.map((point) => ({ ...point })),
      borderColor: main,
      backgroundColor: main,
      // A line is shown as a line in the legend too.
      pointStyle: series.line ? 'line' : (series.pointStyle ?? pointStyles[index % pointStyles.length]),
      pointRadius: series.line ? 0 : (series.pointRadius ?? 3),
      pointHoverRadius: series.line ? 0 : (series.pointRadius ?? 3) + 2,
      showLine: series.line ?? false,
      borderWidth: series.line ? 2 : 1,
      borderDash: series.dashed ? [8, 5] : [],
      // Later series are drawn on top: the highlighted points are never hidden under the rest.
      order: spec.series.length - index,
    } as ChartDataset<'scatter'>;
  });
  const axis = (title: string, format: (value: number) => string) => ({
    type: 'linear' as const,
    grid: { color: gridColor },
    title: { display: true, text: title, color: textColor },
    ticks: { color: textColor, callback: (value: number | string) => format(Number(value)) },
  });
  return {
    type: 'scatter',
    data: { datasets: datasets as ChartDataset[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      scales: { x: axis(spec.xTitle, formatX), y: axis(spec.yTitle, formatY) },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'bottom', labels: { color: textColor, usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = item.raw as ScatterPoint;
              return `${point.label ?? item.dataset.label ?? ''}: ${formatX(point.x)}; ${formatY(point.y)}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}

export function chartConfiguration(spec: ChartSpec, language: Language): ChartConfiguration {
  if (spec.type === 'scatter') return scatterConfiguration(spec, language);
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
