-- The programme's KPIs (issue #7). The KPIs' yearly targets become the single home of the
-- programme's targets: the three that the settings held are copied into every year 2019-2030,
-- and the settings lose their target columns.

CREATE TABLE kpi (
    key             varchar(50)   PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{1,49}$'),
    name_nb         varchar(200)  NOT NULL,
    name_en         varchar(200)  NOT NULL,
    description_nb  varchar(2000) NOT NULL DEFAULT '',
    description_en  varchar(2000) NOT NULL DEFAULT '',
    focus_area      varchar(20)   CHECK (focus_area IN ('residents', 'industry', 'tourism', 'retail')),
    unit            varchar(10)   NOT NULL CHECK (unit IN ('percent', 'persons', 'nok', 'rank', 'count', 'score')),
    direction       varchar(20)   NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better')),
    baseline_year   integer       CHECK (baseline_year BETWEEN 1990 AND 2100),
    baseline_value  numeric(18,4),
    source          varchar(10)   NOT NULL CHECK (source IN ('computed', 'manual')),
    formula         varchar(50),
    public          boolean       NOT NULL DEFAULT false,
    sort_order      integer       NOT NULL,
    version         integer       NOT NULL DEFAULT 0,
    updated_at      timestamptz   NOT NULL,
    CONSTRAINT kpi_formula_when_computed CHECK ((source = 'computed') = (formula IS NOT NULL)),
    CONSTRAINT kpi_baseline_whole CHECK ((baseline_year IS NULL) = (baseline_value IS NULL))
);

CREATE TABLE kpi_target (
    kpi_key  varchar(50)   NOT NULL REFERENCES kpi (key),
    year     integer       NOT NULL CHECK (year BETWEEN 2019 AND 2030),
    value    numeric(18,4) NOT NULL,
    PRIMARY KEY (kpi_key, year)
);

-- Values entered by editors for manual KPIs, one a year; computed KPIs are computed when read.
CREATE TABLE kpi_value (
    id            uuid          PRIMARY KEY,
    kpi_key       varchar(50)   NOT NULL REFERENCES kpi (key),
    period        varchar(4)    NOT NULL CHECK (period ~ '^[0-9]{4}$'),
    value         numeric(18,4) NOT NULL,
    comment       varchar(2000) NOT NULL,
    evidence_url  varchar(500),
    entered_by    varchar(100)  NOT NULL,
    version       integer       NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CONSTRAINT kpi_value_one_a_year UNIQUE (kpi_key, period)
);

INSERT INTO kpi (key, name_nb, name_en, description_nb, description_en, focus_area, unit, direction, source, formula, public, sort_order, updated_at) VALUES
 ('population-growth', 'Befolkningsvekst', 'Population growth',
  'Årlig befolkningsvekst i prosent av folketallet ved inngangen til året, i den foretrukne serien for hjemkommunen.',
  'Yearly population growth as a percentage of the population at the start of the year, in the home municipality''s preferred series.',
  'residents', 'percent', 'higher-is-better', 'computed', 'population-growth-percent', true, 10, now()),
 ('net-in-migration', 'Netto innflytting', 'Net in-migration',
  'Innenlandsk og internasjonal nettoflytting til hjemkommunen i året (personer).',
  'Domestic and international net migration to the home municipality in the year (persons).',
  'residents', 'persons', 'higher-is-better', 'computed', 'net-migration', true, 20, now()),
 ('jobs-growth', 'Vekst i arbeidsplasser', 'Jobs growth',
  'Årlig vekst i sysselsatte etter arbeidssted i prosent. Beregnes når sysselsettingsdata er importert.',
  'Yearly growth in employment by workplace, in percent. Computed once employment data is imported.',
  'industry', 'percent', 'higher-is-better', 'computed', 'jobs-growth-percent', true, 30, now()),
 ('new-enterprises', 'Nye foretak', 'New enterprises',
  'Nyetablerte foretak i hjemkommunen i året. Beregnes når foretaksdata er importert.',
  'Enterprises founded in the home municipality in the year. Computed once enterprise data is imported.',
  'industry', 'count', 'higher-is-better', 'computed', 'new-enterprises', false, 40, now()),
 ('programme-turnover', 'Programmets omsetning', 'Programme turnover',
  'Kommunens bidrag + partnernes kontantbidrag + verdien av bidrag i varer og tjenester, for avtaler som er signert eller lenger kommet (kroner).',
  'The municipality''s contribution + partners'' cash + the value of in-kind contributions, for agreements signed or later (NOK).',
  NULL, 'nok', 'higher-is-better', 'computed', 'programme-turnover', false, 50, now()),
 ('visibility-reach', 'Synlighet (rekkevidde)', 'Visibility (reach)',
  'Antall personer nådd av programmets kommunikasjon i året, summert fra kanalene.',
  'People reached by the programme''s communication in the year, summed over the channels.',
  'residents', 'count', 'higher-is-better', 'manual', NULL, false, 60, now()),
 ('resident-pride', 'Innbyggerstolthet', 'Resident pride',
  'Andel innbyggere som svarer at de er stolte av å bo i Kongsberg (innbyggerundersøkelsen, prosent).',
  'Share of residents who say they are proud to live in Kongsberg (the residents'' survey, percent).',
  'residents', 'percent', 'higher-is-better', 'manual', NULL, false, 70, now()),
 ('guest-nights', 'Gjestedøgn', 'Guest nights',
  'Kommersielle gjestedøgn i kommunen i året (SSBs overnattingsstatistikk).',
  'Commercial guest nights in the municipality in the year (Statistics Norway''s accommodation statistics).',
  'tourism', 'count', 'higher-is-better', 'manual', NULL, false, 80, now()),
 ('kommunebarometer-rank', 'Kommunebarometeret (plass)', 'Kommunebarometer (rank)',
  'Kongsbergs plass blant landets kommuner i Kommunal Rapports Kommunebarometer. Lavere er bedre.',
  'Kongsberg''s rank among Norway''s municipalities in Kommunal Rapport''s Kommunebarometer. Lower is better.',
  NULL, 'rank', 'lower-is-better', 'manual', NULL, true, 90, now()),
 ('nho-kommune-nm-rank', 'NHOs Kommune-NM (plass)', 'NHO Kommune-NM (rank)',
  'Kongsbergs plass i NHOs Kommune-NM, som måler kommunenes attraktivitet for næringslivet. Lavere er bedre.',
  'Kongsberg''s rank in NHO''s Kommune-NM, which measures how attractive municipalities are to business. Lower is better.',
  'industry', 'rank', 'lower-is-better', 'manual', NULL, true, 100, now());

-- The targets the settings held (their defaults on a database that has no settings row yet).
INSERT INTO kpi_target (kpi_key, year, value)
SELECT k.key, y.year,
       CASE k.key
         WHEN 'population-growth' THEN COALESCE((SELECT target_growth_percent FROM programme_settings WHERE id = 1), 1.00)
         WHEN 'net-in-migration' THEN COALESCE((SELECT target_net_in_migration FROM programme_settings WHERE id = 1), 350)
         ELSE COALESCE((SELECT target_turnover_nok FROM programme_settings WHERE id = 1), 3000000)
       END
FROM kpi k CROSS JOIN generate_series(2019, 2030) AS y(year)
WHERE k.key IN ('population-growth', 'net-in-migration', 'programme-turnover');

-- The external rankings the programme is proud of, with their sources.
INSERT INTO kpi_value (id, kpi_key, period, value, comment, evidence_url, entered_by, created_at, updated_at) VALUES
 ('6f1c1b52-4a3e-4d6b-9a57-0c1e5a7b2d01', 'kommunebarometer-rank', '2021', 1,
  'Kongsberg ble beste kommune i Norge i Kommunal Rapports Kommunebarometer 2021.',
  'https://www.kommunal-rapport.no/kommunebarometeret', 'seed', now(), now()),
 ('6f1c1b52-4a3e-4d6b-9a57-0c1e5a7b2d02', 'nho-kommune-nm-rank', '2021', 8,
  'Kongsberg kom på 8. plass i NHOs Kommune-NM. Året er ikke bekreftet mot NHOs publikasjon: kontroller og rett ved behov.',
  'https://www.nho.no/', 'seed', now(), now());

ALTER TABLE programme_settings
    DROP COLUMN target_growth_percent,
    DROP COLUMN target_net_in_migration,
    DROP COLUMN target_turnover_nok;
