// The campaign form's values as typed, and the CampaignInput made from them, apart from React.
import type { Campaign, CampaignInput, CampaignStatus, CountMetric, FocusArea } from './api';
import { countMetrics, knownChannels } from './api';

export type KpiRow = { key: string; feeds: '' | 'sessions' | 'leads' };
export type PartnerRow = { partnerId: string; amountNok: string };
export type LinkRow = { baseUrl: string; source: string; medium: string; content: string };

export type CampaignValues = {
  name: string;
  slug: string;
  description: string;
  focusAreas: FocusArea[];
  targetGroups: string;
  channels: string[];
  otherChannels: string;
  startDate: string;
  endDate: string;
  budgetNok: string;
  otherSpendNok: string;
  owner: string;
  status: CampaignStatus;
  targets: Record<CountMetric, string>;
  kpis: KpiRow[];
  partners: PartnerRow[];
  links: LinkRow[];
};

export const emptyCampaign = (): CampaignValues => ({
  name: '',
  slug: '',
  description: '',
  focusAreas: [],
  targetGroups: '',
  channels: [],
  otherChannels: '',
  startDate: '',
  endDate: '',
  budgetNok: '',
  otherSpendNok: '',
  owner: '',
  status: 'planned',
  targets: { impressions: '', reach: '', clicks: '', sessions: '', leads: '' },
  kpis: [],
  partners: [],
  links: [],
});

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function toValues(campaign: Campaign): CampaignValues {
  const known = knownChannels as readonly string[];
  return {
    name: campaign.name,
    slug: campaign.slug,
    description: campaign.description ?? '',
    focusAreas: [...campaign.focusAreas],
    targetGroups: campaign.targetGroups.join('\n'),
    channels: campaign.channels.filter((channel) => known.includes(channel)),
    otherChannels: campaign.channels.filter((channel) => !known.includes(channel)).join(', '),
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    budgetNok: String(campaign.budgetNok),
    otherSpendNok: String(campaign.otherSpendNok),
    owner: campaign.owner ?? '',
    status: campaign.status,
    targets: Object.fromEntries(countMetrics.map((metric) => [metric, text(campaign.targets[metric])])) as Record<CountMetric, string>,
    kpis: campaign.kpis.map((kpi) => ({ key: kpi.key, feeds: kpi.feeds ?? '' })),
    partners: campaign.partners.map((partner) => ({ partnerId: partner.partnerId, amountNok: String(partner.amountNok) })),
    links: campaign.links.map((link) => ({ baseUrl: link.baseUrl, source: link.source, medium: link.medium, content: link.content ?? '' })),
  };
}

/** What the browser finds wrong before sending, by the contract's field path (`links[1].baseUrl`). */
export type FormProblem =
  | 'required'
  | 'dateRequired'
  | 'endBeforeStart'
  | 'amountInvalid'
  | 'countInvalid'
  | 'slugInvalid'
  | 'channelInvalid'
  | 'urlInvalid'
  | 'utmInvalid';

const wholeNumber = (value: string) => /^\d+$/.test(value.replace(/[\s\u00a0\u202f]/g, ''));
const asNumber = (value: string) => Number(value.replace(/[\s\u00a0\u202f]/g, ''));
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const utm = /^[a-z0-9._-]+$/;

/** The channels ticked and typed, each once, in the order given. */
export function channelsOf(values: Pick<CampaignValues, 'channels' | 'otherChannels'>): string[] {
  const typed = values.otherChannels
    .split(',')
    .map((channel) => channel.trim())
    .filter((channel) => channel !== '');
  return [...new Set([...values.channels, ...typed])];
}

/** The body to send, or the problems that keep it from being sent. */
export function toInput(values: CampaignValues): { body: CampaignInput | null; problems: Record<string, FormProblem> } {
  const problems: Record<string, FormProblem> = {};
  if (values.name.trim() === '') problems.name = 'required';
  const slug = values.slug.trim();
  if (slug !== '' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) problems.slug = 'slugInvalid';
  if (slug !== '' && (slug.length < 3 || slug.length > 60)) problems.slug = 'slugInvalid';
  if (values.startDate === '') problems.startDate = 'dateRequired';
  if (values.endDate === '') problems.endDate = 'dateRequired';
  else if (values.startDate !== '' && values.endDate < values.startDate) problems.endDate = 'endBeforeStart';
  if (!wholeNumber(values.budgetNok)) problems.budgetNok = 'amountInvalid';
  if (values.otherSpendNok.trim() !== '' && !wholeNumber(values.otherSpendNok)) problems.otherSpendNok = 'amountInvalid';
  const channels = channelsOf(values);
  if (channels.some((channel) => !/^[a-z0-9][a-z0-9-]*$/.test(channel) || channel.length > 40)) problems.otherChannels = 'channelInvalid';
  for (const metric of countMetrics) {
    const target = values.targets[metric].trim();
    if (target !== '' && !wholeNumber(target)) problems[`targets.${metric}`] = 'countInvalid';
  }
  values.kpis.forEach((kpi, index) => {
    if (kpi.key === '') problems[`kpis[${index}].key`] = 'required';
  });
  values.partners.forEach((partner, index) => {
    if (partner.partnerId === '') problems[`partners[${index}].partnerId`] = 'required';
    if (!wholeNumber(partner.amountNok)) problems[`partners[${index}].amountNok`] = 'amountInvalid';
  });
  values.links.forEach((link, index) => {
    if (!/^https?:\/\/\S+$/.test(link.baseUrl.trim())) problems[`links[${index}].baseUrl`] = 'urlInvalid';
    if (!utm.test(link.source.trim())) problems[`links[${index}].source`] = 'utmInvalid';
    if (!utm.test(link.medium.trim())) problems[`links[${index}].medium`] = 'utmInvalid';
    if (link.content.trim() !== '' && !utm.test(link.content.trim())) problems[`links[${index}].content`] = 'utmInvalid';
  });
  if (Object.keys(problems).length > 0) return { body: null, problems };

  const targets: CampaignInput['targets'] = {};
  for (const metric of countMetrics) {
    const target = values.targets[metric].trim();
    if (target !== '') targets[metric] = asNumber(target);
  }
  return {
    problems,
    body: {
      name: values.name.trim(),
      slug: slug === '' ? null : slug,
      description: orNull(values.description),
      focusAreas: values.focusAreas,
      targetGroups: values.targetGroups
        .split('\n')
        .map((group) => group.trim())
        .filter((group) => group !== ''),
      channels,
      startDate: values.startDate,
      endDate: values.endDate,
      budgetNok: asNumber(values.budgetNok),
      otherSpendNok: values.otherSpendNok.trim() === '' ? 0 : asNumber(values.otherSpendNok),
      owner: orNull(values.owner),
      status: values.status,
      kpis: values.kpis.map((kpi) => ({ key: kpi.key, feeds: kpi.feeds === '' ? null : kpi.feeds })),
      partners: values.partners.map((partner) => ({ partnerId: partner.partnerId, amountNok: asNumber(partner.amountNok) })),
      targets,
      links: values.links.map((link) => ({
        baseUrl: link.baseUrl.trim(),
        source: link.source.trim(),
        medium: link.medium.trim(),
        content: orNull(link.content),
      })),
    },
  };
}
