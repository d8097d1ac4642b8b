import { VekstGrowthTarget } from './growth-target';
import { VekstJobOpenings } from './job-openings';
import { VekstKpi } from './kpi';
import { VekstPartners } from './partners';
import { VekstPopulation } from './population';

// The bundle's only effect: define the elements. Guarded, so a page that includes the script twice
// (or two versions of it) does not throw.
const elements: Record<string, CustomElementConstructor> = {
  'vekst-population': VekstPopulation,
  'vekst-growth-target': VekstGrowthTarget,
  'vekst-kpi': VekstKpi,
  'vekst-partners': VekstPartners,
  'vekst-job-openings': VekstJobOpenings,
};

for (const [name, element] of Object.entries(elements)) {
  if (!customElements.get(name)) customElements.define(name, element);
}
