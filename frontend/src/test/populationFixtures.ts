import type { Schemas } from '../lib/api/client';

type PopulationPoint = Schemas['PopulationPoint'];

/** A series point shaped exactly like the contract's, with every field null unless given. */
export function point(values: Partial<PopulationPoint> & Pick<PopulationPoint, 'period'>): PopulationPoint {
  return {
    populationStart: null,
    populationEnd: null,
    births: null,
    deaths: null,
    naturalIncrease: null,
    inMigration: null,
    outMigration: null,
    domesticNetMigration: null,
    immigration: null,
    emigration: null,
    internationalNetMigration: null,
    netMigration: null,
    growth: null,
    growthPercent: null,
    growthPer1000: null,
    adjustment: null,
    seriesBreak: false,
    boundaryChanges: [],
    flags: [],
    missing: {},
    ...values,
  };
}
