import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../lib/auth/tokenStore';
import { staffUser } from '../../test/kpiFixtures';
import { fakeToken, mockApi, renderWithApp } from '../../test/renderApp';
import { categories, feedOpening, importRun, kongsbergregionen, opening } from './fixtures';
import { OpeningsPage } from './OpeningsPage';
import { OwnOpeningsSection } from './OwnOpeningsSection';

async function violations() {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

describe('openings page, axe (structure only: jsdom has no layout or colours)', () => {
  it('finds nothing on the page, the form with its messages, or the details', async () => {
    tokenStore.set(fakeToken({ sub: 'editor' }));
    mockApi({
      'GET /api/v1/auth/me': { body: staffUser(['editor']) },
      'GET /api/v1/jobs/openings': { body: { items: [opening(), feedOpening], page: 0, size: 25, total: 2 } },
      'GET /api/v1/jobs/openings/categories': { body: categories },
      'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
      'GET /api/v1/imports': { body: { items: [importRun()], page: 0, size: 10, total: 1 } },
      [`GET /api/v1/jobs/openings/${opening().id}`]: { body: opening(), headers: { ETag: '"1"' } },
    });
    renderWithApp(<OpeningsPage />, { path: '/openings' });
    await screen.findByTestId('openings-table');
    await screen.findByTestId('feed-runs');
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Ny stilling' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lagre' }));
    expect(await violations()).toEqual([]);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    await userEvent.click(screen.getByRole('button', { name: 'Maskinoperatør CNC' }));
    await within(screen.getByRole('dialog')).findByTestId('opening-details');
    expect(await violations()).toEqual([]);
  });

  it('finds nothing in the partner’s own openings or its form', async () => {
    tokenStore.set(fakeToken({ sub: 'partner' }));
    mockApi({
      'GET /api/v1/auth/me': {
        body: {
          username: 'partner',
          displayName: 'Per Partner',
          roles: ['partner'],
          partnerId: 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b',
          passwordChangeRequired: false,
        },
      },
      'GET /api/v1/jobs/openings': { body: { items: [opening({ source: 'partner' }), feedOpening], page: 0, size: 20, total: 2 } },
      'GET /api/v1/jobs/openings/categories': { body: categories },
      'GET /api/v1/regions': { body: { items: [kongsbergregionen] } },
    });
    renderWithApp(<OwnOpeningsSection />, { path: '/portal' });
    await screen.findByTestId('own-openings-table');
    expect(await violations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Ny stilling' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lagre' }));
    expect(await violations()).toEqual([]);
  });
});
