// Norwegian bokmål texts for the residential attractiveness page (issue #12).
// English in analysis.en.ts, with the same keys.

export const analysisNb = {
  title: 'Bostedsattraktivitet',
  intro:
    'Hvor mye kommunene vokser ved flytting, utover det veksten i arbeidsplasser kan forklare. En kommune som får flere innflyttere enn jobbveksten og størrelsen tilsier, er et attraktivt sted å bo.',
  span: {
    heading: 'Velg periode',
    from: 'Fra år',
    to: 'Til og med år',
    apply: 'Oppdater',
    help: 'Perioden er fra starten av det første året til slutten av det siste: nettoflytting i årene etter fra-året til og med til-året. Tomme felt: tjenesten velger de siste fem årene med tall.',
    yearFormat: 'Skriv et årstall med fire sifre',
    order: 'Til-året må være etter fra-året',
    tooLong: 'Perioden kan være høyst 30 år',
    shown: 'Viser {{from}}–{{to}} ({{count}} år).',
  },
  synthetic: {
    heading: 'Syntetiske testdata, ikke SSBs tall',
    text: 'Genererte tall, ikke tall fra Statistisk sentralbyrå (SSB), ligger helt eller delvis bak {{count}} av de {{total}} kommunene i beregningen. Resultatene viser hvordan metoden virker, ikke hvordan kommunene faktisk står. Bruk dem ikke i rapporter.',
    marker: 'syntetiske tall',
  },
  tooFew: {
    heading: 'For få kommuner har tall for perioden',
    text: 'Beregningen sammenligner alle landets kommuner og trenger fullstendige tall for minst 50 av dem. Bare {{count}} av kommunene har fullstendige tall for {{from}}–{{to}}.',
    textUnknown: 'Beregningen sammenligner alle landets kommuner og trenger fullstendige tall for minst 50 av dem.',
    server: 'Svar fra tjenesten (engelsk):',
    importHint:
      'Det som trengs, er folketall og befolkningsendringer (SSBs offisielle tall) og sysselsatte etter arbeidssted for hele landet, importert fra Statistisk sentralbyrå på Data-siden.',
    toData: 'Gå til Data-siden',
    askEditor: 'Be en redaktør importere folketall og sysselsetting for hele landet fra Statistisk sentralbyrå.',
    otherSpan: 'Du kan også prøve en annen periode.',
  },
  summary: {
    heading: 'Hjemkommunen',
    residual: 'Attraktivitet (faktisk minus forventet nettoflytting)',
    residualValue: '{{value}} prosentpoeng per år',
    rank: 'Plass',
    rankValue: '{{rank}} av {{of}}',
    actual: 'Faktisk nettoflytting',
    expected: 'Forventet nettoflytting',
    jobGrowth: 'Jobbvekst',
    perYear: '{{value}} per år',
    groupRank: 'Plass i {{name}}',
    above: '{{name}} har fått flere innflyttere enn jobbveksten og størrelsen tilsier.',
    below: '{{name}} har fått færre innflyttere enn jobbveksten og størrelsen tilsier.',
    level: '{{name}} har fått omtrent så mange innflyttere som jobbveksten og størrelsen tilsier.',
    missing:
      'Hjemkommunen er ikke med i beregningen for denne perioden: den mangler noen av tallene, eller grensene endret seg i perioden.',
  },
  chart: {
    heading: 'Nettoflytting og jobbvekst',
    xTitle: 'Jobbvekst (% per år)',
    yTitle: 'Nettoflytting (% av folketallet per år)',
    others: 'Andre kommuner',
    peers: 'Sammenligningskommuner',
    home: 'Hjemkommunen',
    line: 'Forventet nettoflytting (median størrelse)',
    label:
      'Punktdiagram: nettoflytting mot jobbvekst for {{count}} kommuner, {{from}}–{{to}}, med hjemkommunen og sammenligningskommunene framhevet. Tallene står i tabellen under.',
    caption:
      'Hvert punkt er én kommune. Vannrett akse: endringen i antall arbeidsplasser (sysselsatte etter arbeidssted), i prosent per år. Loddrett akse: nettoflytting (innenlands og med utlandet) i prosent av folketallet 1. januar {{firstYear}}, per år. Hjemkommunen er en stor rute, sammenligningskommunene trekanter. Den stiplede linjen er den forventede nettoflyttingen for en kommune med median folketall (median av ln(folketall)); kommuner over linjen er mer attraktive enn jobbveksten tilsier, men for store og små kommuner ligger den forventede verdien et annet sted, derfor står den i tabellen.',
  },
  table: {
    caption: 'Kommunene rangert etter bostedsattraktivitet, {{from}}–{{to}}',
    captionFiltered: 'Kommunene rangert etter bostedsattraktivitet, {{from}}–{{to}} (utvalg: {{shown}} av {{total}})',
    order: 'Rekkefølge',
    orders: {
      rank: 'Etter plass (mest attraktiv først)',
      municipality: 'Etter navn',
      netMigrationRate: 'Etter nettoflytting (høyest først)',
      jobGrowthRate: 'Etter jobbvekst (høyest først)',
      population: 'Etter folketall (størst først)',
    },
    onlyOwn: 'Vis bare hjemkommune og sammenligningskommuner',
    search: 'Søk etter kommune',
    none: 'Ingen kommuner passer til søket.',
    home: 'hjemkommune',
    peer: 'sammenligning',
    columns: {
      rank: 'Plass',
      municipality: 'Kommune',
      netMigrationRate: 'Nettoflytting (% per år)',
      jobGrowthRate: 'Jobbvekst (% per år)',
      expected: 'Forventet nettoflytting (% per år)',
      residual: 'Attraktivitet (prosentpoeng)',
      population: 'Folketall 1. januar {{year}}',
    },
    csvName: 'bostedsattraktivitet-{{from}}-{{to}}.csv',
  },
  fit: {
    heading: 'Regresjonen',
    intro: 'Minste kvadraters metode over {{used}} kommuner. Standardfeil i parentes.',
    caption: 'Koeffisienter',
    term: 'Ledd',
    estimate: 'Estimat',
    standardError: 'Standardfeil',
    terms: {
      intercept: 'Konstantledd',
      jobGrowth: 'Jobbvekst (% per år)',
      logPopulation: 'ln(folketall)',
    },
    rSquared: 'Forklaringsgrad (R²)',
    residualStandardError: 'Standardavvik for restleddet (prosentpoeng)',
    used: 'Kommuner i beregningen',
    incomplete: 'Kommuner holdt utenfor fordi tall mangler',
    excluded: 'Kommuner holdt utenfor på grunn av grenseendring',
  },
  excluded: {
    heading: 'Kommuner holdt utenfor',
    intro: 'Kommuner med en grenseendring i perioden er ikke med, fordi et hopp som skyldes nye grenser, ikke er flytting.',
    item: '{{municipality}}: {{reason}} {{date}}',
    reasons: {
      'boundary-change': 'grenseendring',
    },
    none: 'Ingen kommuner er holdt utenfor på grunn av grenseendringer i perioden.',
  },
  method: {
    heading: 'Slik er det beregnet',
    measured:
      'Bostedsattraktivitet er nettoflyttingen en kommune har hatt utover det som kan forklares med veksten i arbeidsplasser og kommunens størrelse (samme idé som Telemarksforskings attraktivitetsbarometer).',
    formula: 'For hver kommune med fullstendige tall beregnes',
    formulaRates:
      'nettoflytting = nettoflytting i årene etter fra-året til og med til-året, i prosent av folketallet 1. januar året etter fra-året, delt på antall år; jobbvekst = endringen i arbeidsplasser fra fra-året til til-året i prosent, delt på antall år.',
    formulaFit:
      'Minste kvadraters metode tilpasser nettoflytting = a + b₁ · jobbvekst + b₂ · ln(folketall) over alle kommunene. Forventet nettoflytting er det modellen gir for kommunen; attraktiviteten er faktisk minus forventet, og plass 1 er den mest attraktive.',
    sources:
      'Kilder: folketall og befolkningsendringer fra Statistisk sentralbyrå (offisielle tall) og sysselsatte etter arbeidssted (alle næringer) fra Statistisk sentralbyrå, slik de er importert i Vekst. Tallene beregnes på nytt hver gang siden åpnes.',
    limitsHeading: 'Begrensninger',
    limits: {
      association: 'Det er en sammenheng, ikke en årsak: modellen sier ikke hvorfor folk flytter.',
      noise: 'Én kommunes restledd over noen få år er usikkert; små kommuner svinger mye. Se på flere perioder før du trekker slutninger.',
      boundaries: 'Kommuner med grenseendringer i perioden er holdt utenfor.',
      synthetic: 'Når tjenesten er satt opp med syntetiske testdata, sier siden tydelig fra; da er tallene ikke SSBs.',
      comparable: 'Telemarksforskings barometer bruker flere kontrollvariabler og egne data, så tallene kan ikke sammenlignes én til én.',
    },
  },
};
