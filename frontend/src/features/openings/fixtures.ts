import type { Schemas } from '../../lib/api/client';
import type { JobOpening } from './api';

const nextYear = new Date().getFullYear() + 1;
export const futureDeadline = `${nextYear}-06-30`;

export function opening(overrides: Partial<JobOpening> = {}): JobOpening {
  return {
    id: '0b7c6a52-3f1e-4d9a-8c2b-5e6f7a8b9c0d',
    title: 'Maskinoperatør CNC',
    employer: {
      organisationNumber: '123456785',
      name: 'Fjellvik Presisjon AS (fiktiv)',
      partner: { id: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b', name: 'Fjellvik Presisjon AS (fiktiv)' },
    },
    municipality: { code: '3303', name: 'Kongsberg' },
    address: 'Kirkegårdsveien 45',
    postalCode: '3616',
    city: 'Kongsberg',
    category: 'Industri og produksjon',
    employmentType: 'permanent',
    positions: 2,
    startDate: null,
    applicationDeadline: futureDeadline,
    link: 'https://example.org/jobb/cnc',
    description: '<p>Vi søker to <strong>CNC-operatører</strong> til skiftarbeid.</p>',
    source: 'manual',
    sourceId: null,
    status: 'published',
    publishedAt: '2026-11-01T10:00:00Z',
    demo: false,
    version: 1,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

export const feedOpening = opening({
  id: '1c8d7b63-4f2e-4e0a-9d3c-6f7a8b9c0d1e',
  title: 'Sykepleier',
  employer: { organisationNumber: '974631792', name: 'Kongsberg kommune', partner: null },
  category: 'Helse og omsorg',
  source: 'job-feed',
  sourceId: 'feed-123',
  status: 'expired',
  applicationDeadline: '2026-01-15',
  description: null,
});

export const kongsbergregionen: Schemas['Region'] = {
  key: 'kongsbergregionen',
  name: 'Kongsbergregionen',
  members: [
    { code: '3303', name: 'Kongsberg' },
    { code: '3318', name: 'Flesberg' },
    { code: '3320', name: 'Notodden' },
  ],
};

export const categories = {
  items: [
    { category: 'Industri og produksjon', openings: 3 },
    { category: 'Helse og omsorg', openings: 1 },
  ],
};

export function importRun(overrides: Partial<Schemas['ImportRun']> = {}): Schemas['ImportRun'] {
  return {
    id: '5b0e6f1c-6a8e-4b8e-9d53-2f4f1f3a9c11',
    kind: 'job-feed',
    status: 'completed',
    source: 'feed.json',
    dryRun: true,
    createdBy: 'editor',
    createdAt: '2026-11-20T10:00:00Z',
    finishedAt: '2026-11-20T10:00:01Z',
    progress: { processed: 7, total: 7 },
    counts: { inserted: 3, updated: 2, unchanged: 1, rejected: 0, flagged: 0, withdrawn: 4 },
    errors: [],
    warnings: [],
    ...overrides,
  };
}
