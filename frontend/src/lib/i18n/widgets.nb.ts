// Norwegian bokmål texts for the embed page (/widgets) and the public figures page (/figures).
// English in widgets.en.ts, with the same keys.

export const widgetsNb = {
  title: 'Widgeter for nettsider',
  intro:
    'Små, ferdige visninger av tallene fra Vekst som du kan lime inn på kongsberg.no eller andre nettsider. Tallene hentes direkte fra Vekst, så de er alltid oppdatert. Hver widget lenker til siden «Vekst i tall».',
  unavailable: {
    heading: 'Widgetene er ikke tilgjengelige her',
    text: 'Widgetpakken er ikke bygd eller publiseres ikke fra denne serveren, så forhåndsvisningene kan ikke vises. Dokumentasjonen og kodene under gjelder likevel.',
  },
  noPreview: 'Forhåndsvisningen vises når widgetpakken er tilgjengelig.',
  bundle: 'Versjon {{version}}, {{size}} komprimert (gzip).',
  settings: {
    heading: 'Prøv innstillingene',
    help: 'Forhåndsvisningene og kodene under følger valgene dine.',
    municipality: 'Kommunenummer (valgfritt)',
    municipalityHelp: 'Fire sifre, for eksempel 3303 for Kongsberg. Tomt felt: programmets hjemkommune.',
    municipalityError: 'Skriv et kommunenummer med fire sifre',
    language: 'Språk',
    theme: 'Fargetema',
    kpi: 'KPI',
  },
  languages: { nb: 'Norsk bokmål (nb)', en: 'Engelsk (en)' },
  themes: { light: 'Lyst (light)', dark: 'Mørkt (dark)', inherit: 'Arv fra siden (inherit)' },
  elements: {
    population: {
      heading: 'Folketall',
      description: 'Det siste folketallet i kommunen, med dato.',
      fallback: 'Se folketallet i Vekst i tall',
    },
    growthTarget: {
      heading: 'Vekstmål',
      description: 'Befolkningsveksten siste hele år sammenlignet med programmets mål for vekst.',
      fallback: 'Se befolkningsveksten i Vekst i tall',
    },
    kpi: {
      heading: 'Nøkkeltall (KPI)',
      description: 'Ett av programmets offentlige nøkkeltall: siste verdi, årets mål og status.',
      fallback: 'Se nøkkeltallet i Vekst i tall',
    },
    partners: {
      heading: 'Partnere',
      description: 'Årets partnere i vekstprogrammet som har sagt ja til å bli vist.',
      fallback: 'Se partnerne i Vekst i tall',
    },
    jobOpenings: {
      heading: 'Ledige stillinger',
      description: 'De nyeste ledige stillingene hos partnerne, med søknadsfrist.',
      fallback: 'Se ledige stillinger i Vekst i tall',
    },
  },
  tag: 'Element: {{tag}}',
  attributes: {
    heading: 'Attributter',
    caption: 'Attributter for {{tag}}',
    name: 'Attributt',
    values: 'Verdier',
    default: 'Standard',
    meaning: 'Betydning',
    none: 'ingen (må oppgis)',
    municipalityValues: 'Kommunenummer med fire sifre',
    municipalityDefault: 'Programmets hjemkommune',
    municipalityAllDefault: 'Alle kommuner',
    municipalityMeaning: 'Hvilken kommune tallene gjelder',
    langMeaning: 'Språket i widgeten',
    themeMeaning: 'Lyse eller mørke farger, eller fargene fra siden rundt',
    apiBaseValues: 'En adresse (URL)',
    apiBaseDefault: 'Adressen skriptet ble hentet fra',
    apiBaseMeaning: 'Hvor tallene hentes fra; trengs sjelden',
    keyValues: 'Nøkkelen til en offentlig KPI',
    keyMeaning: 'Hvilket nøkkeltall som vises',
    yearValues: 'Årstall med fire sifre',
    yearDefault: 'Inneværende år',
    yearMeaning: 'Hvilket års partnere som vises',
    limitValues: '1–50',
    limitMeaning: 'Hvor mange stillinger som vises, nyeste først',
  },
  preview: 'Forhåndsvisning',
  code: 'Kode',
  codeHelp: 'Lim inn koden der widgeten skal stå. Teksten inni elementet vises bare når skript ikke kjører.',
  copyLabel: 'Kopier koden for {{what}}',
  copyFailed: 'Kunne ikke kopiere. Merk koden og kopier den selv.',
  pinned: {
    heading: 'Fest en bestemt versjon',
    text: 'Adressen {{stable}} følger alltid siste utgave av versjon 1. Vil du heller ha en fast utgave som aldri endres, bruker du adressen under med integritetssjekk (SRI). Da må du selv bytte adresse for å få nye utgaver.',
    url: 'Fast adresse',
    integrity: 'Integritetssjekk (SRI)',
    unavailable: 'Den faste adressen vises når widgetpakken er tilgjengelig.',
    what: 'den faste versjonen',
  },
  csp: {
    heading: 'Content-Security-Policy',
    text: 'Har nettstedet en Content-Security-Policy, må den tillate skriptet og kallene mot Vekst. Legg disse kildene til i direktivene dere har fra før:',
    noStyle:
      'Det trengs ingen style-src for widgetene: de bruker konstruerbare stilark (constructable stylesheets), ikke style-elementer eller style-attributter.',
    what: 'Content-Security-Policy',
  },
};

export const figuresNb = {
  title: 'Vekst i tall',
  intro:
    'Folketall, vekst og nøkkeltall for vekstprogrammet Vekst i Kongsberg, partnerne som finansierer det og de nyeste ledige stillingene hos dem. Tallene oppdateres når nye tall fra Statistisk sentralbyrå og programmet kommer inn.',
  toWidgets: 'Vis disse tallene på din nettside',
  population: 'Befolkning',
  kpis: 'Nøkkeltall',
  partners: 'Partnere',
  openings: 'Ledige stillinger',
};
