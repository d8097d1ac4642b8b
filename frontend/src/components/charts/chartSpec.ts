// What a chart shows, without Chart.js: features describe their charts with these types and the
// lazily loaded ChartCanvas turns them into Chart.js configurations. Nothing here pulls Chart.js
// into the initial bundle.

/** A colour from the theme. Never the only carrier of meaning: lines differ by dash and point style too. */
export type ChartTone = 'accent' | 'target' | 'success' | 'info' | 'warning' | 'danger' | 'neutral';

export type ChartSeries = {
  label: string;
  data: readonly (number | null)[];
  tone: ChartTone;
  /** A bar chart may carry one line (such as a total) and the other way round. */
  kind?: 'line' | 'bar';
  /** Dashed lines for paths that are not observations (targets, projections). */
  dashed?: boolean;
  /** Bars with the same stack are stacked on each other; others stand beside them. */
  stack?: string;
  /** A tone per data point (bars), e.g. to pick out the home municipality. */
  pointTones?: readonly ChartTone[];
};

export type ChartValueFormat = 'integer' | 'signed' | 'percent' | 'decimal' | 'nok';

/** Line and bar charts over categories (years, municipalities, industries). */
export type CategoryChartSpec = {
  type: 'line' | 'bar';
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Stack the bars that share a `stack`. */
  stacked?: boolean;
  /** Bars running from left to right, labels on the vertical axis. */
  horizontal?: boolean;
  valueFormat?: ChartValueFormat;
  /** Vertical lines at these category indexes, with a short label (series breaks). */
  markers?: readonly { index: number; label: string }[];
};

/** Point shapes, so that groups of points differ by more than colour. */
export type ChartPointStyle = 'circle' | 'rect' | 'rectRot' | 'triangle' | 'star' | 'crossRot';

export type ScatterPoint = { x: number; y: number; /** Names the point in the tooltip. */ label?: string };

export type ScatterSeries = {
  label: string;
  points: readonly ScatterPoint[];
  tone: ChartTone;
  pointStyle?: ChartPointStyle;
  /** The points' radius in pixels (3 by default). */
  pointRadius?: number;
  /** Joins the points with a line and hides them (a fitted line); dashed when asked. */
  line?: boolean;
  dashed?: boolean;
};

/** Points on two value axes, such as one point per municipality; the axes have titles. */
export type ScatterChartSpec = {
  type: 'scatter';
  series: readonly ScatterSeries[];
  xTitle: string;
  yTitle: string;
  xFormat?: ChartValueFormat;
  yFormat?: ChartValueFormat;
};

export type ChartSpec = CategoryChartSpec | ScatterChartSpec;
