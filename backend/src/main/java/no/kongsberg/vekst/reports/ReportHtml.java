package no.kongsberg.vekst.reports;

import static no.kongsberg.vekst.reports.NorwegianFormat.MISSING;
import static no.kongsberg.vekst.reports.NorwegianFormat.date;
import static no.kongsberg.vekst.reports.NorwegianFormat.integer;
import static no.kongsberg.vekst.reports.NorwegianFormat.kroner;
import static no.kongsberg.vekst.reports.NorwegianFormat.percent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.reports.ReportViews.Report;

/**
 * The report as one well-formed XHTML document, in Norwegian: the app's preview and the source of
 * the PDF. The tertial report has every table; the quarterly status is the one-page version
 * (fewer columns, no lists of activities). Tables have captions and header cells, statuses are
 * words (never colour alone), and the language is declared, so the PDF made from it can be tagged.
 */
final class ReportHtml {

    /**
     * Never changes with the data, so that the web server's Content-Security-Policy can allow it by
     * its hash ({@link #styleHash()}, in deploy/nginx.conf). The running header and the page
     * numbers are for the PDF; a browser shows the header as a line at the top.
     */
    static final String STYLE = """
            @page { size: A4; margin: 22mm 16mm 20mm 16mm;
              @top-left { content: element(header); }
              @bottom-right { content: "Side " counter(page) " av " counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #444; } }
            .running-header { position: running(header); font-size: 8pt; color: #444; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; max-width: 60em; margin: 0 auto; }
            body.quarterly { font-size: 7.5pt; line-height: 1.2; }
            h1 { font-size: 18pt; margin: 0 0 4pt 0; }
            body.quarterly h1 { font-size: 14pt; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #888; }
            body.quarterly h2 { font-size: 9.5pt; margin: 5pt 0 1pt 0; }
            body.quarterly table { margin: 2pt 0 3pt 0; }
            body.quarterly th, body.quarterly td { padding: 1pt 3pt; }
            h3 { font-size: 10pt; margin: 8pt 0 2pt 0; }
            p { margin: 2pt 0 4pt 0; }
            .meta { color: #333; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 6pt 0; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 1px solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left; }
            th { background: #eee; }
            td.n { text-align: right; white-space: nowrap; }
            body.quarterly td.s { white-space: nowrap; }
            .commentary { border-left: 3px solid #666; padding-left: 6pt; margin: 4pt 0 8pt 0; }
            .changed { font-weight: bold; }
            """;

    private ReportHtml() {
    }

    /** The base64 SHA-256 of {@link #STYLE} as a Content-Security-Policy source: 'sha256-…'. */
    static String styleHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(STYLE.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String render(Report r) {
        boolean compact = "quarterly".equals(r.kind());
        Xhtml h = new Xhtml();
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb\" xml:lang=\"nb\"><head>"
                + "<meta charset=\"utf-8\"/>");
        h.open("title").text(r.title()).close("title");
        h.raw("<meta name=\"author\" content=\"").attr(r.programmeName()).raw("\"/>");
        h.raw("<meta name=\"subject\" content=\"").attr(r.title()).raw("\"/>");
        h.raw("<style>").raw(STYLE).raw("</style></head>");
        h.raw("<body class=\"" + (compact ? "quarterly" : "tertial") + "\">");
        h.raw("<div class=\"running-header\">").text(r.programmeName() + " · " + periodName(r)).raw("</div>");
        h.open("h1").text(r.title()).close("h1");
        h.raw("<p class=\"meta\">").text("Perioden " + date(r.from()) + "–" + date(r.to()) + ". " + status(r)).raw("</p>");

        kpis(h, r, compact);
        population(h, r);
        jobs(h, r, compact);
        financing(h, r, compact);
        campaigns(h, r, compact);
        actionPlan(h, r, compact);
        h.raw("</body></html>\n");
        return h.toString();
    }

    static String periodName(Report r) {
        String[] parts = r.period().split("-");
        String number = parts[1].substring(1);
        return number + ". " + (parts[1].startsWith("T") ? "tertial" : "kvartal") + " " + parts[0];
    }

    private static String status(Report r) {
        if ("published".equals(r.status())) {
            return "Versjon " + r.version() + ", publisert " + NorwegianFormat.time(r.publishedAt()) + " av " + r.publishedBy() + ".";
        }
        return "Utkast med tall per " + NorwegianFormat.time(r.dataAsOf()) + ".";
    }

    private static void kpis(Xhtml h, Report r, boolean compact) {
        h.open("h2").text("1. Måloppnåelse (KPI-er)").close("h2");
        List<String> headers = compact ? List.of("KPI", "Verdi", "Mål", "Status", "Forrige status")
                : List.of("KPI", "Verdi", "År", "Mål", "Status", "Trend", "Forrige status", "Endring");
        h.tableStart("KPI-er for " + periodName(r) + ", sammenlignet med " + r.previousPeriod()
                + ("published".equals(r.previousSource()) ? " slik den ble publisert" : " slik tallene er nå"), headers);
        for (ReportViews.KpiRow k : r.kpis()) {
            h.raw("<tr>").th(k.name().nb());
            h.num(KpiUnits.format(k.value(), k.unit()));
            if (!compact) {
                h.td(k.valuePeriod() == null ? MISSING : k.valuePeriod());
            }
            h.num(KpiUnits.format(k.target(), k.unit()));
            h.raw("<td class=\"s\">").text(KpiUnits.status(k.status())).raw("</td>");
            if (!compact) {
                h.td(KpiUnits.trend(k.trend()));
            }
            String before = k.previous() == null ? MISSING : KpiUnits.status(k.previous().status());
            if (k.statusChanged()) {
                h.raw("<td class=\"s changed\">").text("Endret fra: " + before).raw("</td>");
            } else {
                h.raw("<td class=\"s\">").text(before).raw("</td>");
            }
            if (!compact) {
                h.num(k.change() == null ? MISSING : KpiUnits.signed(k.change(), k.unit()));
            }
            h.raw("</tr>");
        }
        h.tableEnd();
        commentary(h, r.commentary().kpis());
    }

    private static void population(Xhtml h, Report r) {
        ReportViews.Population p = r.population();
        h.open("h2").text("2. Befolkning").close("h2");
        String place = p.municipality() == null ? "Kommunen" : p.municipality().name();
        h.tableStart("Befolkningen i " + place + " (siste tall kjent ved periodens slutt)", List.of("Tall", "Verdi", "Mål"));
        keyRow(h, "Innbyggere" + (p.populationDate() == null ? "" : " per " + date(p.populationDate())), integer(p.population()), "");
        String year = p.growthYear() == null ? "" : " i " + p.growthYear();
        keyRow(h, "Vekst" + year, NorwegianFormat.signed(p.growth(), 0) + " (" + percent(p.growthPercent()) + ")",
                percent(p.targetGrowthPercent()) + met(p.growthTargetMet()));
        keyRow(h, "Netto innflytting" + year, NorwegianFormat.signed(p.netMigration(), 0),
                NorwegianFormat.signed(p.targetNetInMigration(), 0) + met(p.netMigrationTargetMet()));
        h.tableEnd();
        commentary(h, r.commentary().population());
    }

    /**
     * Versions published before jobs were reported have none: the section is left out, not shown
     * empty. The quarterly status (compact) leaves it out of its one page: employment is yearly, and
     * the status's JSON and CSV carry the figures.
     */
    private static void jobs(Xhtml h, Report r, boolean compact) {
        ReportViews.Jobs j = r.jobs();
        if (j == null || compact) {
            return;
        }
        String year = j.year() == null ? "" : " " + j.year();
        String caption = "Arbeidsplasser" + year + " og foretak i perioden, " + j.municipality().name();
        List<String[]> figures = List.of(
                new String[] {"Arbeidsplasser" + year, integer(j.jobs())},
                new String[] {"Vekst" + year, NorwegianFormat.signed(j.growth(), 0) + " (" + percent(j.growthPercent()) + ")"},
                new String[] {"Sysselsatte bosatte" + year, integer(j.employedResidents())},
                new String[] {"Bor og jobber i kommunen" + year, percent(j.integrationShare())},
                new String[] {"Nye foretak", integer(j.enterprisesRegistered())},
                new String[] {"Slettede foretak", integer(j.enterprisesDeleted())},
                new String[] {"Netto nye foretak", NorwegianFormat.signed(j.enterprisesNet(), 0)});
        h.open("h2").text("3. Arbeidsplasser og næringsliv").close("h2");
        h.tableStart(caption, List.of("Tall", "Verdi"));
        figures.forEach(f -> h.raw("<tr>").th(f[0]).num(f[1]).raw("</tr>"));
        h.tableEnd();
    }

    /** A section's number after the jobs section, which only the tertial report has (and only from when jobs were reported). */
    private static int number(Report r, boolean compact, int withoutJobs) {
        return r.jobs() != null && !compact ? withoutJobs + 1 : withoutJobs;
    }

    private static void financing(Xhtml h, Report r, boolean compact) {
        ReportViews.Financing f = r.financing();
        h.open("h2").text(number(r, compact, 3) + ". Finansiering " + f.year()).close("h2");
        h.tableStart("Finansiering " + f.year() + " mot omsetningsmålet", List.of("Tall", "Verdi", "Mål"));
        keyRow(h, "Omsetning", kroner(f.turnoverNok()), kroner(f.targetNok()) + " (" + percent(f.progressPercent()) + " nådd)");
        keyRow(h, "Signerte partneravtaler", integer(f.agreements()), "");
        if (!compact) {
            keyRow(h, "Gjenstår til målet", kroner(f.remainingNok()), "");
            keyRow(h, "Partnernes bidrag", kroner(f.partnersNok()), "");
            keyRow(h, "Fakturert / betalt", kroner(f.invoicedNok()) + " / " + kroner(f.paidNok()), "");
            keyRow(h, "Utestående", kroner(f.outstandingNok()), "");
        }
        ReportViews.Renewal renewal = f.renewal();
        keyRow(h, "Fornyet fra året før", integer(renewal.renewedPartners()) + " av " + integer(renewal.previousYearPartners())
                + " (" + percent(renewal.ratePercent()) + ")", "");
        h.tableEnd();
        commentary(h, r.commentary().financing());
    }

    private static void campaigns(Xhtml h, Report r, boolean compact) {
        h.open("h2").text(number(r, compact, 4) + ". Kampanjer").close("h2");
        if (r.campaigns().isEmpty()) {
            h.open("p").text("Ingen kampanjer var aktive i perioden.").close("p");
        } else {
            List<String> headers = compact ? List.of("Kampanje", "Status", "Resultat mot mål")
                    : List.of("Kampanje", "Periode", "Status", "Budsjett", "Forbruk", "Resultat mot mål");
            h.tableStart("Kampanjer aktive i perioden, med resultater til periodens slutt", headers);
            for (ReportViews.Campaign c : r.campaigns()) {
                h.raw("<tr>").th(c.name());
                if (!compact) {
                    h.td(date(c.startDate()) + "–" + date(c.endDate()));
                }
                h.td("completed".equals(c.status()) ? "Fullført" : "Aktiv");
                if (!compact) {
                    h.num(kroner(c.budgetNok()));
                    h.num(kroner(c.spendNok()));
                }
                StringBuilder results = new StringBuilder();
                for (ReportViews.TargetResult t : c.targets()) {
                    results.append(results.isEmpty() ? "" : "; ").append(METRICS.get(t.metric())).append(": ")
                            .append(integer(t.actual())).append(" av ").append(integer(t.target()))
                            .append(t.percent() == null ? "" : " (" + percent(t.percent()) + ")");
                }
                h.td(results.isEmpty() ? "Ingen mål satt" : results.toString());
                h.raw("</tr>");
            }
            h.tableEnd();
        }
        commentary(h, r.commentary().campaigns());
    }

    private static final Map<String, String> METRICS = Map.of("impressions", "Visninger", "reach", "Rekkevidde", "clicks", "Klikk",
            "sessions", "Økter", "leads", "Leads");

    private static void actionPlan(Xhtml h, Report r, boolean compact) {
        ReportViews.ActionPlan a = r.actionPlan();
        h.open("h2").text(number(r, compact, 5) + ". Handlingsplan " + a.year() + " og arrangementer").close("h2");
        ReportViews.ActivityCounts c = a.counts();
        h.tableStart("Aktiviteter i handlingsplanen etter status",
                List.of("Fullført", "Pågår", "Planlagt", "Utsatt", "Avlyst", "Forsinket"));
        h.raw("<tr>");
        for (int n : new int[] {c.done(), c.inProgress(), c.planned(), c.postponed(), c.cancelled(), a.late()}) {
            h.num(integer(n));
        }
        h.raw("</tr>");
        h.tableEnd();
        if (!compact) {
            activities(h, "Forsinkede aktiviteter", a.lateItems());
            activities(h, "Utsatte aktiviteter", a.postponedItems());
            if (a.events().isEmpty()) {
                h.open("p").text("Ingen arrangementer i perioden.").close("p");
            } else {
                h.tableStart("Arrangementer i perioden", List.of("Arrangement", "Dato", "Sted", "Deltakere"));
                for (ReportViews.Event e : a.events()) {
                    h.raw("<tr>").th(e.name()).td(date(e.date()) + (e.endDate() == null ? "" : "–" + date(e.endDate())))
                            .td(e.place() == null ? MISSING : e.place()).num(integer(e.attendees())).raw("</tr>");
                }
                h.tableEnd();
            }
        } else {
            h.open("p").text("Arrangementer i perioden: " + a.events().size() + ".").close("p");
        }
        commentary(h, r.commentary().actionPlan());
    }

    private static void activities(Xhtml h, String caption, List<ReportViews.Activity> items) {
        if (items.isEmpty()) {
            h.open("p").text(caption + ": ingen.").close("p");
            return;
        }
        h.tableStart(caption, List.of("Aktivitet", "Ansvarlig", "Frist"));
        for (ReportViews.Activity item : items) {
            h.raw("<tr>").th(item.title()).td(item.owner() == null ? MISSING : item.owner()).td(date(item.dueDate())).raw("</tr>");
        }
        h.tableEnd();
    }

    private static void keyRow(Xhtml h, String label, String value, String target) {
        h.raw("<tr>").th(label).num(value).td(target).raw("</tr>");
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? " (nådd)" : " (ikke nådd)";
    }

    private static void commentary(Xhtml h, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        h.raw("<div class=\"commentary\">").open("h3").text("Kommentar").close("h3");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            h.open("p").text(paragraph.strip()).close("p");
        }
        h.raw("</div>");
    }

    /** Just enough of an XHTML writer: every text escaped, control characters XML cannot hold dropped. */
    private static final class Xhtml {
        private final StringBuilder out = new StringBuilder();

        Xhtml raw(String markup) {
            out.append(markup);
            return this;
        }

        Xhtml open(String tag) {
            return raw("<" + tag + ">");
        }

        Xhtml close(String tag) {
            return raw("</" + tag + ">");
        }

        Xhtml text(String text) {
            text.codePoints().forEach(cp -> {
                switch (cp) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\n' -> out.append("<br/>");
                    default -> {
                        if (cp >= 0x20 || cp == '\t') {
                            out.appendCodePoint(cp);
                        }
                    }
                }
            });
            return this;
        }

        Xhtml attr(String text) {
            return text(text.replace('\n', ' '));
        }

        Xhtml th(String text) {
            return raw("<th scope=\"row\">").text(text).raw("</th>");
        }

        Xhtml td(String text) {
            return raw("<td>").text(text).raw("</td>");
        }

        Xhtml num(String text) {
            return raw("<td class=\"n\">").text(text).raw("</td>");
        }

        void tableStart(String caption, List<String> headers) {
            raw("<table>").open("caption").text(caption).close("caption").raw("<thead><tr>");
            headers.forEach(header -> raw("<th scope=\"col\">").text(header).raw("</th>"));
            raw("</tr></thead><tbody>");
        }

        void tableEnd() {
            raw("</tbody></table>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
