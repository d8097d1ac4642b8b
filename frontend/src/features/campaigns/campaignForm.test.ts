import { describe, expect, it } from 'vitest';
import { emptyCampaign, toInput, toValues } from './campaignForm';
import { campaign } from './fixtures';

describe('the campaign form', () => {
  it('makes the contract’s body: trimmed text, null for empty optionals, numbers, only the targets set', () => {
    const values = {
      ...emptyCampaign(),
      name: ' Sommerkampanje ',
      targetGroups: 'Unge voksne\n\n Studenter ',
      channels: ['meta'],
      otherChannels: 'radio, meta',
      startDate: '2026-06-01',
      endDate: '2026-08-31',
      budgetNok: '150 000',
      targets: { impressions: '', reach: '', clicks: '', sessions: '5000', leads: '' },
      kpis: [{ key: 'visibility-reach', feeds: '' as const }],
      partners: [{ partnerId: 'p1', amountNok: '20000' }],
      links: [{ baseUrl: 'https://kongsberg.no/sommer', source: 'meta', medium: 'paid-social', content: '' }],
    };
    expect(toInput(values)).toEqual({
      problems: {},
      body: {
        name: 'Sommerkampanje',
        slug: null,
        description: null,
        focusAreas: [],
        targetGroups: ['Unge voksne', 'Studenter'],
        channels: ['meta', 'radio'],
        startDate: '2026-06-01',
        endDate: '2026-08-31',
        budgetNok: 150000,
        otherSpendNok: 0,
        owner: null,
        status: 'planned',
        kpis: [{ key: 'visibility-reach', feeds: null }],
        partners: [{ partnerId: 'p1', amountNok: 20000 }],
        targets: { sessions: 5000 },
        links: [{ baseUrl: 'https://kongsberg.no/sommer', source: 'meta', medium: 'paid-social', content: null }],
      },
    });
  });

  it('finds what the server would refuse, by the contract’s field paths', () => {
    const { body, problems } = toInput({
      ...emptyCampaign(),
      slug: 'Velkommen Hjem',
      startDate: '2026-06-01',
      endDate: '2026-05-01',
      budgetNok: '-5',
      otherChannels: 'Radio',
      targets: { impressions: '', reach: '', clicks: '', sessions: '1,5', leads: '' },
      partners: [{ partnerId: '', amountNok: 'mye' }],
      links: [{ baseUrl: 'kongsberg.no', source: 'Meta', medium: 'paid', content: '' }],
    });
    expect(body).toBeNull();
    expect(problems).toEqual({
      name: 'required',
      slug: 'slugInvalid',
      endDate: 'endBeforeStart',
      budgetNok: 'amountInvalid',
      otherChannels: 'channelInvalid',
      'targets.sessions': 'countInvalid',
      'partners[0].partnerId': 'required',
      'partners[0].amountNok': 'amountInvalid',
      'links[0].baseUrl': 'urlInvalid',
      'links[0].source': 'utmInvalid',
    });
  });

  it('reads a campaign back into the form, unknown channels as typed ones', () => {
    const values = toValues(campaign({ channels: ['meta', 'radio'] }));
    expect(values.channels).toEqual(['meta']);
    expect(values.otherChannels).toBe('radio');
    expect(values.targets).toEqual({ impressions: '', reach: '', clicks: '', sessions: '20000', leads: '300' });
    expect(values.kpis).toEqual([{ key: 'visibility-reach', feeds: 'sessions' }]);
    expect(toInput(values).body).toMatchObject({
      channels: ['meta', 'radio'],
      slug: 'velkommen-hjem-2026',
      targets: { sessions: 20000, leads: 300 },
    });
  });
});
