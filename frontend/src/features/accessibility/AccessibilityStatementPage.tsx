import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';

// Norwegian public-sector sites must publish a statement (tilgjengelighetserklæring) saying how
// they meet the WCAG-based rules, what is known not to, and where to complain. It is prose, so
// each language has its own text rather than a pile of translation keys.

const LAST_REVIEWED = '2026-11-23';
const CONTACT_EMAIL = 'postmottak@kongsberg.kommune.no';
const SUPERVISORY_AUTHORITY_URL = 'https://www.uutilsynet.no/';

export function AccessibilityStatementPage() {
  const { t, language } = useI18n();
  usePageTitle(t('a11y.title'));
  return (
    <article className="vekst-prose">
      <Heading level={1} data-size="lg">
        {t('a11y.title')}
      </Heading>
      {language === 'nb' ? <Norwegian language={language} /> : <English language={language} />}
    </article>
  );
}

function Norwegian({ language }: { language: Language }) {
  return (
    <>
      <Paragraph>
        Kongsberg kommune er ansvarlig for nettstedet Vekst i Kongsberg, som drives sammen med Kongsberg Næringsforum. Alle skal kunne bruke
        tjenesten, uansett funksjonsevne. Etter likestillings- og diskrimineringsloven og forskrift om universell utforming av IKT-løsninger
        skal nettstedet oppfylle kravene i WCAG 2.1 på nivå A og AA.
      </Paragraph>
      <Heading level={2} data-size="sm">
        Slik oppfyller vi kravene
      </Heading>
      <Paragraph>Vi mener at nettstedet oppfyller kravene, med unntakene under.</Paragraph>
      <List.Unordered>
        <List.Item>Alle sider kan brukes med tastatur alene, og en snarvei hopper rett til hovedinnholdet.</List.Item>
        <List.Item>Sidene har overskrifter, landemerker og ledetekster som skjermlesere kan bruke.</List.Item>
        <List.Item>
          Diagrammet over befolkningen har en tekstbeskrivelse, og de samme tallene står i en tabell rett under diagrammet og kan lastes ned
          som CSV-fil.
        </List.Item>
        <List.Item>Om målet for befolkningsvekst er nådd, står det i tekst, ikke bare som farge.</List.Item>
        <List.Item>Tjenesten finnes på norsk (bokmål) og engelsk, og sidens språk følger valget.</List.Item>
      </List.Unordered>
      <Heading level={2} data-size="sm">
        Kjente avvik
      </Heading>
      <List.Unordered>
        <List.Item>
          Kildehenvisningen for befolkningstallene gjengis slik datakilden skriver den, og er ikke oversatt i den engelske versjonen.
        </List.Item>
      </List.Unordered>
      <Heading level={2} data-size="sm">
        Slik har vi testet
      </Heading>
      <Paragraph>
        Hver side testes automatisk med axe-core mot reglene for WCAG 2.1 nivå A og AA hver gang tjenesten bygges, og vi tester at alle
        knapper, lenker og skjemafelt kan nås med tabulatortasten. Komponentene kommer fra Designsystemet, felles designsystem for offentlig
        sektor.
      </Paragraph>
      <Heading level={2} data-size="sm">
        Gi tilbakemelding
      </Heading>
      <Paragraph>
        Finner du noe som ikke virker, eller trenger du innholdet i et annet format? Skriv til Kongsberg kommune:{' '}
        <Link href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</Link>.
      </Paragraph>
      <Heading level={2} data-size="sm">
        Klage
      </Heading>
      <Paragraph>
        Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til{' '}
        <Link href={SUPERVISORY_AUTHORITY_URL}>Tilsynet for universell utforming av ikt</Link>.
      </Paragraph>
      <Paragraph data-size="sm" className="vekst-muted">
        Erklæringen ble sist gjennomgått {formatDate(LAST_REVIEWED, language)}.
      </Paragraph>
    </>
  );
}

function English({ language }: { language: Language }) {
  return (
    <>
      <Paragraph>
        Kongsberg kommune is responsible for the Vekst i Kongsberg website, run together with Kongsberg Næringsforum. Everyone should be
        able to use it, whatever their abilities. Under the Norwegian Equality and Anti-Discrimination Act and the regulations on universal
        design of ICT, the site must meet WCAG 2.1 at levels A and AA.
      </Paragraph>
      <Heading level={2} data-size="sm">
        How we meet the requirements
      </Heading>
      <Paragraph>We believe the site meets the requirements, with the exceptions listed below.</Paragraph>
      <List.Unordered>
        <List.Item>Every page works with a keyboard alone, and a skip link jumps straight to the main content.</List.Item>
        <List.Item>Pages have headings, landmarks and labels that screen readers can use.</List.Item>
        <List.Item>
          The population chart has a text description, and the same figures are in a table right below it and can be downloaded as a CSV
          file.
        </List.Item>
        <List.Item>Whether the population growth target was met is said in text, not by colour alone.</List.Item>
        <List.Item>The service is available in Norwegian (bokmål) and English, and the page language follows the choice.</List.Item>
      </List.Unordered>
      <Heading level={2} data-size="sm">
        Known issues
      </Heading>
      <List.Unordered>
        <List.Item>The source reference for the population figures is shown as the data source writes it and is not translated.</List.Item>
      </List.Unordered>
      <Heading level={2} data-size="sm">
        How we tested
      </Heading>
      <Paragraph>
        Every page is tested automatically with axe-core against the WCAG 2.1 level A and AA rules each time the service is built, and we
        test that every button, link and form field can be reached with the Tab key. The components come from Designsystemet, the Norwegian
        public sector&apos;s shared design system.
      </Paragraph>
      <Heading level={2} data-size="sm">
        Feedback
      </Heading>
      <Paragraph>
        Found something that does not work, or need the content in another format? Write to Kongsberg kommune:{' '}
        <Link href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</Link>.
      </Paragraph>
      <Heading level={2} data-size="sm">
        Complaints
      </Heading>
      <Paragraph>
        If you get no answer, or are not satisfied with it, you can contact the{' '}
        <Link href={SUPERVISORY_AUTHORITY_URL} lang="nb">
          Tilsynet for universell utforming av ikt
        </Link>{' '}
        (the Norwegian Authority for Universal Design of ICT).
      </Paragraph>
      <Paragraph data-size="sm" className="vekst-muted">
        This statement was last reviewed on {formatDate(LAST_REVIEWED, language)}.
      </Paragraph>
    </>
  );
}
