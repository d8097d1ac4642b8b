import type { Attractiveness, AttractivenessRow } from './api';
import { statisticsNorway } from '../../lib/api/attribution.fixtures';

// A small answer in the shape of GET /api/v1/analysis/attractiveness (the real one has ~350 rows).

function row(
  code: string,
  name: string,
  rank: number,
  figures: { population: number; netMigrationRate: number; jobGrowthRate: number; expected: number },
  flags: Partial<Pick<AttractivenessRow, 'home' | 'peer' | 'synthetic' | 'groupRanks'>> = {},
): AttractivenessRow {
  const years = 5;
  return {
    municipality: { code, name },
    population: figures.population,
    netMigration: Math.round((figures.netMigrationRate / 100) * figures.population * years),
    jobsFrom: 10000,
    jobsTo: Math.round(10000 * (1 + (figures.jobGrowthRate / 100) * years)),
    netMigrationRate: figures.netMigrationRate,
    jobGrowthRate: figures.jobGrowthRate,
    expectedNetMigrationRate: figures.expected,
    residual: figures.netMigrationRate - figures.expected,
    rank,
    groupRanks: flags.groupRanks ?? [],
    home: flags.home ?? false,
    peer: flags.peer ?? false,
    synthetic: flags.synthetic ?? false,
  };
}

export const attractiveness: Attractiveness = {
  ...statisticsNorway,
  from: '2019',
  to: '2024',
  years: 5,
  municipalitiesUsed: 6,
  municipalitiesIncomplete: 3,
  coefficients: [
    { term: 'intercept', estimate: -1.2345, standardError: 0.4567 },
    { term: 'jobGrowth', estimate: 0.3821, standardError: 0.0512 },
    { term: 'logPopulation', estimate: 0.1432, standardError: 0.0401 },
  ],
  rSquared: 0.4123,
  residualStandardError: 0.5234,
  rows: [
    row('3201', 'Bærum', 1, { population: 128000, netMigrationRate: 1.25, jobGrowthRate: 0.9, expected: 0.75 }),
    row(
      '3303',
      'Kongsberg',
      2,
      { population: 27900, netMigrationRate: 0.85, jobGrowthRate: 1.1, expected: 0.41 },
      {
        home: true,
        groupRanks: [
          { kind: 'region', key: 'kongsbergregionen', name: 'Kongsbergregionen', rank: 1, of: 7 },
          { kind: 'peer-group', key: 'host-award-2025', name: 'Vertskommuneprisen 2025', rank: 2, of: 3 },
        ],
      },
    ),
    row(
      '3301',
      'Drammen',
      3,
      { population: 102800, netMigrationRate: 0.9, jobGrowthRate: 0.8, expected: 0.62 },
      { peer: true, groupRanks: [{ kind: 'peer-group', key: 'host-award-2025', name: 'Vertskommuneprisen 2025', rank: 1, of: 3 }] },
    ),
    row('4601', 'Bergen', 4, { population: 286000, netMigrationRate: 0.7, jobGrowthRate: 0.6, expected: 0.68 }),
    row('3808', 'Notodden', 5, { population: 13000, netMigrationRate: 0.1, jobGrowthRate: -0.4, expected: 0.3 }),
    row(
      '3203',
      'Asker',
      6,
      { population: 95500, netMigrationRate: 0.3, jobGrowthRate: 1.5, expected: 1.02 },
      { peer: true, groupRanks: [{ kind: 'peer-group', key: 'host-award-2025', name: 'Vertskommuneprisen 2025', rank: 3, of: 3 }] },
    ),
  ],
  excluded: [{ municipality: { code: '3907', name: 'Sandefjord' }, reason: 'boundary-change', date: '2020-01-01' }],
  syntheticMunicipalities: 0,
};

export const syntheticAttractiveness: Attractiveness = {
  ...attractiveness,
  syntheticMunicipalities: 6,
  rows: attractiveness.rows.map((candidate) => ({ ...candidate, synthetic: true })),
};

export const tooFew = {
  status: 422,
  body: {
    type: 'https://vekst.kongsberg.no/problems/too-few-municipalities',
    title: 'Too few municipalities',
    status: 422,
    code: 'too-few-municipalities',
    detail: 'Only 8 municipalities have complete data for 2019–2024; the fit needs at least 50.',
  },
};

export const partlySyntheticAttractiveness: Attractiveness = {
  ...attractiveness,
  syntheticMunicipalities: 1,
  rows: attractiveness.rows.map((candidate) => ({ ...candidate, synthetic: candidate.municipality.code === '3303' })),
};
