import { describe, expect, it } from 'vitest';
import type { KpiValue } from './api';
import { enteredPart } from './KpiValueDialog';

const value = (overrides: Partial<KpiValue>): KpiValue =>
  ({
    period: '2025',
    value: 1045,
    target: null,
    status: 'no-data',
    missPercent: null,
    trend: 'unknown',
    source: 'manual',
    comment: 'Målt',
    evidenceUrl: null,
    enteredBy: 'editor',
    updatedAt: '2025-12-01T10:00:00Z',
    version: 1,
    ...overrides,
  }) as KpiValue;

describe('enteredPart', () => {
  it('is the value less what campaigns add, so that saving does not count them twice', () => {
    expect(enteredPart(value({ value: 1045, fromCampaigns: 1005 }))).toBe(40);
    expect(enteredPart(value({ value: 0.3, fromCampaigns: 0.1 }))).toBe(0.2);
  });

  it('is the value itself when no campaign feeds the KPI', () => {
    expect(enteredPart(value({ value: 12.5, fromCampaigns: null }))).toBe(12.5);
    expect(enteredPart(value({ value: 12.5 }))).toBe(12.5);
  });
});
