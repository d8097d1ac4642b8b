import { point } from '../../test/populationFixtures';
import type {
  BoundaryChange,
  PeerGroup,
  PopulationComparison,
  PopulationComponents,
  PopulationProjection,
  PopulationSeries,
  Region,
} from './api';
import { statisticsNorway } from '../../lib/api/attribution.fixtures';

const kongsberg = { kind: 'municipality' as const, key: '3303', name: 'Kongsberg', members: [] };

export const jondalen: BoundaryChange = {
  id: '8a4f2c1e-3b5d-4e6f-8a9b-0c1d2e3f4a5b',
  date: '2020-01-01',
  otherMunicipality: 'Jondalen',
  otherMunicipalityCode: null,
  personsMoved: 120,
  note: 'Grensejustering mot Jondalen.',
  createdBy: 'admin',
  createdAt: '2026-11-23T10:00:00Z',
};

export const kongsbergSeries: PopulationSeries = {
  ...statisticsNorway,
  subject: kongsberg,
  variant: 'corrected',
  granularity: 'year',
  points: [
    point({
      period: '2019',
      populationStart: 27481,
      populationEnd: 27723,
      births: 260,
      deaths: 240,
      naturalIncrease: 20,
      domesticNetMigration: 100,
      internationalNetMigration: 122,
      netMigration: 222,
      growth: 242,
      growthPercent: 0.88,
      growthPer1000: 8.81,
      adjustment: 0,
    }),
    point({
      period: '2020',
      populationStart: 27723,
      populationEnd: 27694,
      naturalIncrease: 10,
      domesticNetMigration: -200,
      internationalNetMigration: 41,
      netMigration: -159,
      growth: -149,
      growthPercent: -0.54,
      growthPer1000: -5.37,
      adjustment: 120,
      seriesBreak: true,
      boundaryChanges: [jondalen],
      flags: ['series-break'],
    }),
    point({
      period: '2021',
      populationStart: 27694,
      populationEnd: 27879,
      naturalIncrease: 15,
      domesticNetMigration: 90,
      internationalNetMigration: 35,
      netMigration: 125,
      growth: 140,
      growthPercent: 0.51,
      growthPer1000: 5.06,
      adjustment: 45,
      seriesBreak: true,
    }),
  ],
  average: { from: '2019', to: '2021', years: 3, organicGrowth: 233, adjustments: 165, compoundPercent: 0.28 },
  targets: {
    startYear: '2019',
    growthPercent: 1.0,
    netInMigration: 350,
    years: [
      {
        year: '2019',
        populationStart: 27481,
        growth: 242,
        targetGrowth: 275,
        growthGap: -33,
        cumulativeGrowth: 242,
        cumulativeTargetGrowth: 275,
        cumulativeGrowthGap: -33,
        targetPopulationEnd: 27756,
        netMigration: 222,
        netMigrationTarget: 350,
        netMigrationGap: -128,
        cumulativeNetMigration: 222,
        cumulativeNetMigrationGap: -128,
      },
      {
        year: '2020',
        populationStart: 27723,
        growth: -149,
        targetGrowth: 277,
        growthGap: -426,
        cumulativeGrowth: 93,
        cumulativeTargetGrowth: 552,
        cumulativeGrowthGap: -459,
        targetPopulationEnd: 28033,
        netMigration: -159,
        netMigrationTarget: 350,
        netMigrationGap: -509,
        cumulativeNetMigration: 63,
        cumulativeNetMigrationGap: -637,
      },
      {
        year: '2021',
        populationStart: 27694,
        growth: 140,
        targetGrowth: 277,
        growthGap: -137,
        cumulativeGrowth: 233,
        cumulativeTargetGrowth: 829,
        cumulativeGrowthGap: -596,
        targetPopulationEnd: 28314,
        netMigration: 125,
        netMigrationTarget: 350,
        netMigrationGap: -225,
        cumulativeNetMigration: 188,
        cumulativeNetMigrationGap: -862,
      },
    ],
  },
  notes: [],
};

export const officialSeries: PopulationSeries = {
  ...kongsbergSeries,
  variant: 'official',
  points: kongsbergSeries.points.map((entry) => ({
    ...entry,
    populationStart: (entry.populationStart ?? 0) + 500,
    populationEnd: (entry.populationEnd ?? 0) + 500,
  })),
};

export const regionSeries: PopulationSeries = {
  ...statisticsNorway,
  subject: {
    kind: 'region',
    key: 'kongsbergregionen',
    name: 'Kongsbergregionen',
    members: [
      { code: '3303', name: 'Kongsberg' },
      { code: '4005', name: 'Notodden' },
    ],
  },
  variant: 'official',
  granularity: 'year',
  points: [point({ period: '2021', populationStart: 40694, populationEnd: 40900, growth: 206, growthPercent: 0.51, adjustment: 0 })],
  average: null,
  targets: null,
  notes: [
    {
      code: 'member-missing',
      municipality: { code: '4005', name: 'Notodden' },
      periods: ['2019', '2020'],
      message: 'Notodden (4005) has no data for 2019–2020; the aggregate leaves it out there.',
    },
  ],
};

export const kongsbergComponents: PopulationComponents = {
  ...statisticsNorway,
  subject: kongsberg,
  variant: 'corrected',
  granularity: 'year',
  items: kongsbergSeries.points.map((entry) => ({
    period: entry.period,
    naturalIncrease: entry.naturalIncrease,
    domesticNetMigration: entry.domesticNetMigration,
    internationalNetMigration: entry.internationalNetMigration,
    netMigration: entry.netMigration,
    growth: entry.growth,
    adjustment: entry.adjustment,
    seriesBreak: entry.seriesBreak,
  })),
  notes: [],
};

const figures = (growthPercent: number | null, populationEnd: number | null) => ({
  populationStart: populationEnd === null ? null : populationEnd - 100,
  populationEnd,
  growth: populationEnd === null ? null : 100,
  growthPercent,
  growthPer1000: growthPercent === null ? null : growthPercent * 10,
  naturalIncreasePer1000: growthPercent === null ? null : 1.5,
  domesticNetMigrationPer1000: growthPercent === null ? null : 2.25,
  internationalNetMigrationPer1000: growthPercent === null ? null : 3,
  netMigrationPer1000: growthPercent === null ? null : 5.25,
  adjustment: populationEnd === null ? null : 0,
  seriesBreaks: 0,
});

export const regionComparison: PopulationComparison = {
  ...statisticsNorway,
  group: regionSeries.subject,
  variant: 'corrected',
  from: '2019',
  to: '2021',
  years: 3,
  rankBy: 'growthPercent',
  rows: [
    {
      rank: 1,
      municipality: { code: '4005', name: 'Notodden' },
      home: false,
      member: true,
      figures: figures(0.9, 13000),
      missingPeriods: [],
    },
    {
      rank: 2,
      municipality: { code: '3303', name: 'Kongsberg' },
      home: true,
      member: true,
      figures: figures(0.28, 27879),
      missingPeriods: [],
    },
    {
      rank: null,
      municipality: { code: '3318', name: 'Flesberg' },
      home: false,
      member: true,
      figures: figures(null, null),
      missingPeriods: ['2019', '2020', '2021'],
    },
  ],
  aggregate: figures(0.5, 40879),
  notes: [
    {
      code: 'member-missing',
      municipality: { code: '3318', name: 'Flesberg' },
      periods: ['2019', '2020', '2021'],
      message: 'Flesberg (3318) has no data for 2019–2021; the aggregate leaves it out there.',
    },
  ],
};

export const kongsbergProjection: PopulationProjection = {
  ...statisticsNorway,
  subject: kongsberg,
  variant: 'corrected',
  label: 'projection',
  method: 'compound-trend',
  methodDescription: 'Compound average of organic growth 2017–2021 (5 years), carried forward from the population on 1 January 2022.',
  trendFrom: '2017',
  trendTo: '2021',
  trendGrowthPercent: 0.5,
  base: { year: '2022', population: 27879 },
  targetGrowthPercent: 1.0,
  targetStart: { year: '2019', population: 27481 },
  until: '2030',
  points: [
    { year: '2022', actual: 27879, trend: 27879, target: 28314 },
    { year: '2026', actual: null, trend: 28442, target: 29464 },
    { year: '2030', actual: null, trend: 29016, target: 30661 },
  ],
  projectedPopulation: 29016,
  targetPopulation: 30661,
  divergesIn: '2020',
  verdict: 'behind',
};

export const kongsbergregionen: Region = { key: 'kongsbergregionen', name: 'Kongsbergregionen', members: regionSeries.subject.members };

export const hostAward: PeerGroup = {
  key: 'host-award-2025',
  name: 'Vertskommuneprisen 2025',
  description: null,
  members: [
    { code: '3301', name: 'Drammen' },
    { code: '3203', name: 'Asker' },
  ],
  updatedAt: '2026-11-23T10:00:00Z',
};
