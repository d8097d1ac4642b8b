import type { Schemas } from '../../lib/api/client';
import type { Commuting, Employment, EmploymentComparison, EnterpriseComparison, EnterpriseFigures, IndustryClassifications } from './api';
import { registerOfLegalEntities, statisticsNorway } from '../../lib/api/attribution.fixtures';

const kongsberg = { kind: 'municipality' as const, key: '3303', name: 'Kongsberg', members: [] };
const members = [
  { code: '3303', name: 'Kongsberg' },
  { code: '3318', name: 'Flesberg' },
  { code: '4005', name: 'Notodden' },
];
const region = { kind: 'region' as const, key: 'kongsbergregionen', name: 'Kongsbergregionen', members };

export const kongsbergregionen: Schemas['Region'] = { key: 'kongsbergregionen', name: 'Kongsbergregionen', members };
export const hostAward: Schemas['PeerGroup'] = {
  key: 'host-award-2025',
  name: 'Vertskommuneprisen 2025',
  description: null,
  members: [
    { code: '3301', name: 'Drammen' },
    { code: '3203', name: 'Asker' },
  ],
  updatedAt: '2026-11-23T10:00:00Z',
};

export const industries: IndustryClassifications = {
  classifications: [
    {
      key: 'SN2007',
      name: 'Standard for næringsgruppering 2007',
      usedFrom: '2008',
      usedTo: '2024',
      sections: [
        { code: 'C', nameNb: 'Industri', nameEn: 'Manufacturing' },
        { code: 'J', nameNb: 'Informasjon og kommunikasjon', nameEn: 'Information and communication' },
      ],
    },
    {
      key: 'SN2025',
      name: 'Standard for næringsgruppering 2025',
      usedFrom: '2025',
      usedTo: null,
      sections: [
        { code: 'C', nameNb: 'Industri', nameEn: 'Manufacturing' },
        { code: 'K', nameNb: 'Telekommunikasjon og programmering', nameEn: 'Telecommunications and programming' },
      ],
    },
  ],
  mapping: [
    { from: 'C', to: ['C'], sound: true, note: 'Unchanged.' },
    { from: 'J', to: ['J', 'K'], sound: false, note: 'Split into J and K.' },
  ],
};

const year = (
  values: Partial<Schemas['EmploymentYear']> & Pick<Schemas['EmploymentYear'], 'year' | 'jobs'>,
): Schemas['EmploymentYear'] => ({
  growth: null,
  growthPercent: null,
  privateJobs: null,
  publicJobs: null,
  employedResidents: null,
  jobsPerEmployedResident: null,
  missing: {},
  ...values,
});

const section = (
  values: Pick<Schemas['EmploymentIndustryYear'], 'year' | 'classification' | 'section' | 'persons'> &
    Partial<Schemas['EmploymentIndustryYear']>,
): Schemas['EmploymentIndustryYear'] => ({
  basis: 'workplace',
  growth: null,
  growthPercent: null,
  seriesBreak: false,
  missing: null,
  ...values,
});

export const kongsbergEmployment: Employment = {
  ...statisticsNorway,
  subject: kongsberg,
  items: [
    year({
      year: '2023',
      jobs: 17638,
      growth: 150,
      growthPercent: 0.86,
      privateJobs: 12950,
      publicJobs: 4688,
      employedResidents: 14300,
      jobsPerEmployedResident: 1.23,
    }),
    year({
      year: '2024',
      jobs: 17850,
      growth: 212,
      growthPercent: 1.2,
      privateJobs: 13120,
      publicJobs: 4730,
      employedResidents: 14410,
      jobsPerEmployedResident: 1.24,
    }),
    year({
      year: '2025',
      jobs: 18010,
      growth: 160,
      growthPercent: 0.9,
      privateJobs: 13250,
      publicJobs: null,
      employedResidents: 14500,
      jobsPerEmployedResident: 1.24,
      missing: { publicJobs: ':' },
    }),
  ],
  byIndustry: [
    section({ year: '2023', classification: 'SN2007', section: 'C', persons: 5114 }),
    section({ year: '2023', classification: 'SN2007', section: 'J', persons: 900 }),
    section({ year: '2024', classification: 'SN2007', section: 'C', persons: 5210, growth: 96, growthPercent: 1.88 }),
    section({ year: '2024', classification: 'SN2007', section: 'J', persons: 950, growth: 50, growthPercent: 5.56 }),
    section({ year: '2025', classification: 'SN2025', section: 'C', persons: 5300, seriesBreak: true }),
    section({ year: '2025', classification: 'SN2025', section: 'K', persons: 610, seriesBreak: true }),
  ],
  seriesBreaks: [
    {
      year: '2025',
      basis: 'workplace',
      from: 'SN2007',
      to: 'SN2025',
      message: 'The industry classification changes from SN2007 to SN2025 in 2025.',
    },
  ],
  notes: [],
};

export const regionEmployment: Employment = {
  ...statisticsNorway,
  subject: region,
  items: [year({ year: '2024', jobs: 31000, growth: 400, growthPercent: 1.31, privateJobs: 22000, publicJobs: 9000 })],
  byIndustry: [],
  seriesBreaks: [],
  notes: [
    {
      code: 'member-missing',
      message: "Flesberg (3318) has no figure for 2024; the group's figure for those years is missing.",
      municipality: { code: '3318', name: 'Flesberg' },
      years: ['2024'],
    },
  ],
};

export const kongsbergCommuting: Commuting = {
  ...statisticsNorway,
  subject: kongsberg,
  items: [
    {
      year: '2023',
      employedResidents: 14300,
      jobs: 17638,
      internal: 10900,
      inCommuters: 6738,
      outCommuters: 3400,
      net: 3338,
      integrationShare: 76.22,
      integrationShareChange: null,
    },
    {
      year: '2024',
      employedResidents: 14410,
      jobs: 17850,
      internal: 11020,
      inCommuters: 6830,
      outCommuters: 3390,
      net: 3440,
      integrationShare: 76.47,
      integrationShareChange: 0.25,
    },
  ],
  flowsYear: '2024',
  largestInflows: [
    { municipality: { code: '4005', name: 'Notodden' }, persons: 780 },
    { municipality: { code: '3305', name: 'Ringerike' }, persons: 420 },
  ],
  largestOutflows: [{ municipality: { code: '3301', name: 'Drammen' }, persons: 610 }],
  notes: [
    {
      code: 'flows-missing',
      message: '2 flows of 2024 have no number (confidential or not available) and are left out of the sums.',
      years: ['2024'],
    },
    { code: 'demo-data', message: "Some of these figures are fictional demo data, not Statistics Norway's." },
  ],
};

export const kongsbergEnterprises: EnterpriseFigures = {
  ...registerOfLegalEntities,
  subject: kongsberg,
  granularity: 'year',
  from: '2023',
  to: '2024',
  items: [
    { period: '2023', registered: 398, deleted: 210, net: 188, population: 28604, registeredPer1000Residents: 13.91 },
    { period: '2024', registered: 412, deleted: 198, net: 214, population: 28793, registeredPer1000Residents: 14.31 },
  ],
  byIndustry: [
    { classification: 'SN2025', section: 'C', registered: 20, deleted: 8, net: 12 },
    { classification: 'SN2025', section: 'unknown', registered: 5, deleted: 1, net: 4 },
  ],
  byOrganisationForm: [
    { code: 'AS', registered: 150, deleted: 40, net: 110 },
    { code: 'ENK', registered: 500, deleted: 300, net: 200 },
  ],
  notes: [
    {
      code: 'no-population',
      message: 'No official population on 1 January of 2021, 2022; registrations per 1,000 residents are left out for those years.',
      years: ['2021', '2022'],
    },
  ],
};

export const employmentComparison: EmploymentComparison = {
  ...statisticsNorway,
  group: region,
  from: '2019',
  to: '2024',
  rows: [
    {
      rank: 1,
      municipality: { code: '3303', name: 'Kongsberg' },
      home: true,
      member: true,
      figures: {
        jobsStart: 16400,
        jobsEnd: 17850,
        growth: 1450,
        growthPercent: 1.71,
        jobsPerEmployedResident: 1.24,
        privateSharePercent: 73.5,
      },
    },
    {
      rank: 2,
      municipality: { code: '4005', name: 'Notodden' },
      home: false,
      member: true,
      figures: {
        jobsStart: 6000,
        jobsEnd: 6100,
        growth: 100,
        growthPercent: 0.33,
        jobsPerEmployedResident: 0.98,
        privateSharePercent: 61.2,
      },
    },
    {
      rank: null,
      municipality: { code: '3318', name: 'Flesberg' },
      home: false,
      member: true,
      figures: {
        jobsStart: null,
        jobsEnd: null,
        growth: null,
        growthPercent: null,
        jobsPerEmployedResident: null,
        privateSharePercent: null,
      },
    },
  ],
  aggregate: {
    jobsStart: 22400,
    jobsEnd: 23950,
    growth: 1550,
    growthPercent: 1.32,
    jobsPerEmployedResident: 1.16,
    privateSharePercent: 70.4,
  },
  notes: [],
};

export const enterpriseComparison: EnterpriseComparison = {
  ...registerOfLegalEntities,
  group: region,
  from: '2020',
  to: '2024',
  rows: [
    {
      rank: 1,
      municipality: { code: '4005', name: 'Notodden' },
      home: false,
      member: true,
      registered: 600,
      deleted: 300,
      net: 300,
      registeredPer1000Residents: 9.23,
      netPer1000Residents: 4.62,
    },
    {
      rank: 2,
      municipality: { code: '3303', name: 'Kongsberg' },
      home: true,
      member: true,
      registered: 1000,
      deleted: 500,
      net: 500,
      registeredPer1000Residents: 7.1,
      netPer1000Residents: 3.55,
    },
  ],
  aggregate: { registered: 1600, deleted: 800, net: 800, registeredPer1000Residents: 7.7, netPer1000Residents: 3.85 },
  notes: [
    {
      code: 'no-population',
      message: 'Flesberg (3318) has no population on 1 January 2020, so no figure per 1,000 residents.',
      municipality: { code: '3318', name: 'Flesberg' },
      years: ['2020'],
    },
  ],
};

export const unitPage: Schemas['EnterpriseUnitPage'] = {
  items: [
    {
      organisationNumber: '923609016',
      name: 'Kongsberg Testbedrift AS (fiktiv)',
      organisationForm: 'AS',
      registeredOn: '2024-03-05',
      foundedOn: '2024-03-01',
      naceCode: '62.010',
      section: 'K',
      municipality: { code: '3303', name: 'Kongsberg' },
      municipalityCode: '3303',
      employees: 12,
      deletedOn: null,
    },
  ],
  page: 0,
  size: 25,
  total: 1,
};
