import type { figuresNb, widgetsNb } from './widgets.nb';

// English texts for the embed page and the public figures page; the keys are those of widgets.nb.ts.

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const widgetsEn: Widen<typeof widgetsNb> = {
  title: 'Widgets for websites',
  intro:
    'Small, ready-made views of the figures in Vekst that you can paste into kongsberg.no or other websites. The figures come straight from Vekst, so they are always up to date. Each widget links to the “Growth in figures” page.',
  unavailable: {
    heading: 'The widgets are not available here',
    text: 'The widget bundle has not been built or is not served from this server, so the previews cannot be shown. The documentation and the code below still apply.',
  },
  noPreview: 'The preview is shown when the widget bundle is available.',
  bundle: 'Version {{version}}, {{size}} compressed (gzip).',
  settings: {
    heading: 'Try the settings',
    help: 'The previews and the code below follow your choices.',
    municipality: 'Municipality number (optional)',
    municipalityHelp: 'Four digits, for example 3303 for Kongsberg. Empty: the programme’s home municipality.',
    municipalityError: 'Enter a municipality number of four digits',
    language: 'Language',
    theme: 'Colour theme',
    kpi: 'KPI',
  },
  languages: { nb: 'Norwegian bokmål (nb)', en: 'English (en)' },
  themes: { light: 'Light (light)', dark: 'Dark (dark)', inherit: 'From the page (inherit)' },
  elements: {
    population: {
      heading: 'Population',
      description: 'The municipality’s latest population, with its date.',
      fallback: 'See the population in Growth in figures',
    },
    growthTarget: {
      heading: 'Growth target',
      description: 'The population growth of the last full year against the programme’s growth target.',
      fallback: 'See the population growth in Growth in figures',
    },
    kpi: {
      heading: 'Key figure (KPI)',
      description: 'One of the programme’s public key figures: its latest value, this year’s target and its status.',
      fallback: 'See the key figure in Growth in figures',
    },
    partners: {
      heading: 'Partners',
      description: 'This year’s partners of the growth programme that have agreed to be shown.',
      fallback: 'See the partners in Growth in figures',
    },
    jobOpenings: {
      heading: 'Job openings',
      description: 'The partners’ newest job openings, with their application deadlines.',
      fallback: 'See the job openings in Growth in figures',
    },
  },
  tag: 'Element: {{tag}}',
  attributes: {
    heading: 'Attributes',
    caption: 'Attributes of {{tag}}',
    name: 'Attribute',
    values: 'Values',
    default: 'Default',
    meaning: 'Meaning',
    none: 'none (required)',
    municipalityValues: 'A four-digit municipality number',
    municipalityDefault: 'The programme’s home municipality',
    municipalityAllDefault: 'All municipalities',
    municipalityMeaning: 'Which municipality the figures are for',
    langMeaning: 'The widget’s language',
    themeMeaning: 'Light or dark colours, or the colours of the page around it',
    apiBaseValues: 'An address (URL)',
    apiBaseDefault: 'The address the script came from',
    apiBaseMeaning: 'Where the figures are read from; rarely needed',
    keyValues: 'The key of a public KPI',
    keyMeaning: 'Which key figure is shown',
    yearValues: 'A four-digit year',
    yearDefault: 'The current year',
    yearMeaning: 'Which year’s partners are shown',
    limitValues: '1–50',
    limitMeaning: 'How many openings are shown, newest first',
  },
  preview: 'Preview',
  code: 'Code',
  codeHelp: 'Paste the code where the widget should be. The text inside the element is shown only when scripts do not run.',
  copyLabel: 'Copy the code for {{what}}',
  copyFailed: 'Could not copy. Select the code and copy it yourself.',
  pinned: {
    heading: 'Pin a release',
    text: 'The address {{stable}} always follows the latest release of version 1. If you would rather have a fixed release that never changes, use the address below with its integrity check (SRI). You then change the address yourself to get new releases.',
    url: 'Pinned address',
    integrity: 'Integrity check (SRI)',
    unavailable: 'The pinned address is shown when the widget bundle is available.',
    what: 'the pinned release',
  },
  csp: {
    heading: 'Content-Security-Policy',
    text: 'If the website has a Content-Security-Policy, it must allow the script and the calls to Vekst. Add these sources to the directives you already have:',
    noStyle: 'No style-src entry is needed for the widgets: they use constructable stylesheets, not style elements or style attributes.',
    what: 'Content-Security-Policy',
  },
};

export const figuresEn: Widen<typeof figuresNb> = {
  title: 'Growth in figures',
  intro:
    'Population, growth and key figures of the Vekst i Kongsberg growth programme, the partners that fund it and their newest job openings. The figures are updated as new figures from Statistics Norway and the programme come in.',
  toWidgets: 'Show these figures on your website',
  population: 'Population',
  kpis: 'Key figures',
  partners: 'Partners',
  openings: 'Job openings',
};
