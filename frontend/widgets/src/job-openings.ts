import type { components } from '../../src/api/schema';
import { type Context, h, link, query, VekstElement, type View } from './base';
import { formatDate, formatNumber, today } from './i18n';

type PublicJobOpeningPage = components['schemas']['PublicJobOpeningPage'];

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;

/** <vekst-job-openings limit="5">: the newest open positions and how many there are. */
export class VekstJobOpenings extends VekstElement<PublicJobOpeningPage> {
  static observedAttributes = [...VekstElement.observedAttributes, 'limit'];

  private get openingsShown(): number {
    const limit = Number.parseInt(this.getAttribute('limit') ?? '', 10);
    return Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  protected path(): string {
    return `/api/v1/public/jobs/openings${query({ municipality: this.municipalityCode, size: String(this.openingsShown) })}`;
  }

  protected label({ t }: Context): string {
    return t.jobs;
  }

  protected view(data: PublicJobOpeningPage, { lang, t }: Context): View {
    const items = data.items.slice(0, this.openingsShown);
    return {
      title: t.jobs,
      body: [
        h('p', 'fig', formatNumber(lang, data.total)),
        h('p', undefined, t.jobCount(data.total) + formatDate(lang, today())),
        items.length
          ? h(
              'ul',
              undefined,
              ...items.map((job) =>
                h(
                  'li',
                  undefined,
                  link(job.link, job.title),
                  h('br'),
                  h('span', 'muted', `${job.employer.name} · ${t.deadline}${formatDate(lang, job.applicationDeadline, 'short')}`),
                ),
              ),
            )
          : h('p', undefined, t.noJobs),
      ],
      source: t.programme,
    };
  }
}
