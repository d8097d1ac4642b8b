import type { analysisNb } from './analysis.nb';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const analysisEn: Widen<typeof analysisNb> = {
  title: 'Residential attractiveness',
  intro:
    'How much the municipalities grow by migration beyond what the growth in jobs can explain. A municipality that gains more people by migration than its job growth and size suggest is an attractive place to live.',
  span: {
    heading: 'Choose the span',
    from: 'From year',
    to: 'To year (inclusive)',
    apply: 'Update',
    help: 'The span runs from the start of the first year to the end of the last: net migration in the years after the from year up to and including the to year. Empty fields: the service picks the latest five years with figures.',
    yearFormat: 'Type a year with four digits',
    order: 'The to year must be after the from year',
    tooLong: 'The span can be at most 30 years',
    shown: 'Showing {{from}}–{{to}} ({{count}} years).',
  },
  synthetic: {
    heading: 'Synthetic test data, not Statistics Norway’s figures',
    text: 'Generated figures, not Statistics Norway’s (SSB), lie wholly or partly behind {{count}} of the {{total}} municipalities in the calculation. The results show how the method works, not how the municipalities actually stand. Do not use them in reports.',
    marker: 'synthetic figures',
  },
  tooFew: {
    heading: 'Too few municipalities have figures for the span',
    text: 'The calculation compares all the country’s municipalities and needs complete figures for at least 50 of them. Only {{count}} of the municipalities have complete figures for {{from}}–{{to}}.',
    textUnknown: 'The calculation compares all the country’s municipalities and needs complete figures for at least 50 of them.',
    server: 'The service’s answer:',
    importHint:
      'What is needed is the population and its changes (Statistics Norway’s official figures) and employment by workplace for the whole country, imported from Statistics Norway on the Data page.',
    toData: 'Go to the Data page',
    askEditor: 'Ask an editor to import population and employment for the whole country from Statistics Norway.',
    otherSpan: 'You can also try another span.',
  },
  summary: {
    heading: 'The home municipality',
    residual: 'Attractiveness (actual minus expected net migration)',
    residualValue: '{{value}} percentage points a year',
    rank: 'Rank',
    rankValue: '{{rank}} of {{of}}',
    actual: 'Actual net migration',
    expected: 'Expected net migration',
    jobGrowth: 'Job growth',
    perYear: '{{value}} a year',
    groupRank: 'Rank in {{name}}',
    above: '{{name}} has gained more people by migration than its job growth and size suggest.',
    below: '{{name}} has gained fewer people by migration than its job growth and size suggest.',
    level: '{{name}} has gained about as many people by migration as its job growth and size suggest.',
    missing:
      'The home municipality is not in the calculation for this span: some of its figures are missing, or its boundaries changed within the span.',
  },
  chart: {
    heading: 'Net migration and job growth',
    xTitle: 'Job growth (% a year)',
    yTitle: 'Net migration (% of the population a year)',
    others: 'Other municipalities',
    peers: 'Peer municipalities',
    home: 'Home municipality',
    line: 'Expected net migration (median size)',
    label:
      'Scatter chart: net migration against job growth for {{count}} municipalities, {{from}}–{{to}}, with the home municipality and the peer municipalities highlighted. The figures are in the table below.',
    caption:
      'Each point is one municipality. Horizontal axis: the change in jobs (employment by workplace), in per cent a year. Vertical axis: net migration (domestic and international) as a per cent of the population on 1 January {{firstYear}}, a year. The home municipality is a large diamond, the peer municipalities triangles. The dashed line is the expected net migration for a municipality of median population (the median of ln(population)); municipalities above it are more attractive than their job growth suggests, but for large and small municipalities the expected value lies elsewhere, so the table gives it.',
  },
  table: {
    caption: 'The municipalities ranked by residential attractiveness, {{from}}–{{to}}',
    captionFiltered: 'The municipalities ranked by residential attractiveness, {{from}}–{{to}} (selection: {{shown}} of {{total}})',
    order: 'Order',
    orders: {
      rank: 'By rank (most attractive first)',
      municipality: 'By name',
      netMigrationRate: 'By net migration (highest first)',
      jobGrowthRate: 'By job growth (highest first)',
      population: 'By population (largest first)',
    },
    onlyOwn: 'Show only the home municipality and the peer municipalities',
    search: 'Search for a municipality',
    none: 'No municipality matches the search.',
    home: 'home municipality',
    peer: 'peer',
    columns: {
      rank: 'Rank',
      municipality: 'Municipality',
      netMigrationRate: 'Net migration (% a year)',
      jobGrowthRate: 'Job growth (% a year)',
      expected: 'Expected net migration (% a year)',
      residual: 'Attractiveness (percentage points)',
      population: 'Population 1 January {{year}}',
    },
    csvName: 'residential-attractiveness-{{from}}-{{to}}.csv',
  },
  fit: {
    heading: 'The regression',
    intro: 'Ordinary least squares over {{used}} municipalities. Standard errors in brackets.',
    caption: 'Coefficients',
    term: 'Term',
    estimate: 'Estimate',
    standardError: 'Standard error',
    terms: {
      intercept: 'Intercept',
      jobGrowth: 'Job growth (% a year)',
      logPopulation: 'ln(population)',
    },
    rSquared: 'R²',
    residualStandardError: 'Residual standard error (percentage points)',
    used: 'Municipalities in the calculation',
    incomplete: 'Municipalities left out for missing figures',
    excluded: 'Municipalities left out for boundary changes',
  },
  excluded: {
    heading: 'Municipalities left out',
    intro: 'Municipalities with a boundary change within the span are left out, because a jump caused by new boundaries is not migration.',
    item: '{{municipality}}: {{reason}} {{date}}',
    reasons: {
      'boundary-change': 'boundary change',
    },
    none: 'No municipality is left out for a boundary change within the span.',
  },
  method: {
    heading: 'How it is calculated',
    measured:
      'Residential attractiveness is the net migration a municipality has had beyond what the growth in jobs and its size can explain (the idea of Telemarksforsking’s attractiveness barometer).',
    formula: 'For each municipality with complete figures:',
    formulaRates:
      'net migration = net migration in the years after the from year up to and including the to year, as a per cent of the population on 1 January of the year after the from year, divided by the number of years; job growth = the change in jobs from the from year to the to year in per cent, divided by the number of years.',
    formulaFit:
      'Ordinary least squares fits net migration = a + b₁ · job growth + b₂ · ln(population) across all the municipalities. The expected net migration is what the model gives for the municipality; the attractiveness is actual minus expected, and rank 1 is the most attractive.',
    sources:
      'Sources: population and population changes from Statistics Norway (official figures) and employment by workplace (all industries) from Statistics Norway, as imported into Vekst. The figures are calculated afresh each time the page opens.',
    limitsHeading: 'Limits',
    limits: {
      association: 'It is an association, not a cause: the model does not say why people move.',
      noise:
        'One municipality’s residual over a few years is uncertain; small municipalities vary a lot. Look at several spans before drawing conclusions.',
      boundaries: 'Municipalities with boundary changes within the span are left out.',
      synthetic:
        'When the service is set up with synthetic test data, the page says so clearly; the figures are then not Statistics Norway’s.',
      comparable: 'Telemarksforsking’s barometer uses more controls and its own data, so the figures are not comparable one to one.',
    },
  },
};
