import { describe, expect, it } from 'vitest';
import { chartConfiguration } from './ChartCanvas';
import type { ScatterChartSpec } from './chartSpec';

const spec: ScatterChartSpec = {
  type: 'scatter',
  xTitle: 'Jobbvekst',
  yTitle: 'Nettoflytting',
  series: [
    { label: 'Andre', points: [{ x: 1.5, y: -0.25, label: 'Notodden' }], tone: 'neutral', pointStyle: 'circle' },
    { label: 'Hjemkommunen', points: [{ x: 0.5, y: 0.75, label: 'Kongsberg' }], tone: 'accent', pointStyle: 'rectRot', pointRadius: 7 },
    {
      label: 'Linje',
      points: [
        { x: 0, y: 0 },
        { x: 2, y: 1 },
      ],
      tone: 'target',
      line: true,
      dashed: true,
    },
  ],
};

describe('chartConfiguration for scatter charts', () => {
  it('draws points by series with their own shape and size, and a line without points', () => {
    const config = chartConfiguration(spec, 'nb');
    expect(config.type).toBe('scatter');
    const [others, home, line] = config.data.datasets as unknown as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(others).toMatchObject({ type: 'scatter', pointStyle: 'circle', pointRadius: 3, showLine: false });
    expect(home).toMatchObject({ pointStyle: 'rectRot', pointRadius: 7, showLine: false, data: [{ x: 0.5, y: 0.75, label: 'Kongsberg' }] });
    expect(line).toMatchObject({ showLine: true, pointRadius: 0, borderDash: [8, 5], pointStyle: 'line' });
    // The highlighted series are drawn last, on top of the others.
    expect((home.order as number) < (others.order as number)).toBe(true);
  });

  it('titles both value axes, formats their ticks the Norwegian way, and names the point in the tooltip', () => {
    const config = chartConfiguration(spec, 'nb');
    type Axis = { type: string; title: { text: string }; ticks: { callback: (value: number) => string } };
    const scales = config.options?.scales as unknown as { x: Axis; y: Axis };
    expect(scales.x.type).toBe('linear');
    expect(scales.x.title.text).toBe('Jobbvekst');
    expect(scales.y.title.text).toBe('Nettoflytting');
    expect(scales.y.ticks.callback(-0.5)).toBe('−0,50');
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: unknown) => string;
    expect(label({ raw: { x: 1.5, y: -0.25, label: 'Notodden' }, dataset: { label: 'Andre' } })).toBe('Notodden: 1,50; −0,25');
    expect(config.options?.plugins?.legend).toMatchObject({ display: true, labels: { usePointStyle: true } });
  });
});
