// Loaded lazily (see PopulationSection): Chart.js stays out of the initial bundle, and only the
// pieces this line chart uses are registered so the rest of the library is tree-shaken away.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatInteger } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { PopulationPoint } from './api';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
Chart.defaults.font.family = "'Inter Variable', Inter, system-ui, sans-serif";
Chart.defaults.font.size = 13;

type PopulationChartProps = {
  points: readonly PopulationPoint[];
  /** Describes the chart to screen readers and points them to the table. */
  label: string;
  language: Language;
};

function themeColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export default function PopulationChart({ points, label, language }: PopulationChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const withData = points.filter((point) => point.populationStart !== null);
    const lineColor = themeColor('--ds-color-accent-base-default', '#0062ba');
    const gridColor = themeColor('--ds-color-neutral-border-subtle', '#d0d4d9');
    const textColor = themeColor('--ds-color-neutral-text-subtle', '#4b5563');
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: withData.map((point) => point.period),
        datasets: [
          {
            data: withData.map((point) => point.populationStart),
            borderColor: lineColor,
            backgroundColor: lineColor,
            borderWidth: 3,
            pointRadius: 4,
            pointHoverRadius: 6,
            tension: 0,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        scales: {
          x: { grid: { display: false }, ticks: { color: textColor } },
          y: {
            grid: { color: gridColor },
            ticks: { color: textColor, callback: (value) => formatInteger(Number(value), language) },
          },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => formatInteger(Number(item.parsed.y), language) },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [points, language]);

  return (
    <div className="vekst-chart">
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
