import type { Schemas } from '../../lib/api/client';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/**
 * The last years' values as a small line, for the eye only (aria-hidden): the row's own cells say
 * the same in words and figures.
 */
export function Sparkline({ points }: { points: readonly Schemas['KpiPoint'][] }) {
  if (points.length < 2) return null;
  const values = points.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) => HEIGHT - PAD - ((value - min) * (HEIGHT - 2 * PAD)) / span;
  const path = points.map((point, index) => `${x(index).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const last = points.length - 1;
  return (
    <svg className="vekst-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <polyline points={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(last)} cy={y(values[last] ?? 0)} r="2.5" fill="currentColor" />
    </svg>
  );
}
