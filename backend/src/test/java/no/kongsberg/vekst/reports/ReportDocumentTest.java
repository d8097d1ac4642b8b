package no.kongsberg.vekst.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import no.kongsberg.vekst.kpis.KpiViews;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.reports.ReportViews.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report's HTML, PDF and CSV from a constructed report the size of the programme's. */
class ReportDocumentTest {

    @Test
    void theQuarterlyStatusOfATypicalProgrammeFitsOnOnePageAndTheTertialReportHasRoomToBreathe() throws Exception {
        try (PDDocument status = Loader.loadPDF(ReportPdf.render(ReportHtml.render(typical("quarterly", "2025-Q3"))))) {
            assertEquals(1, status.getNumberOfPages(), new PDFTextStripper().getText(status));
        }
        try (PDDocument report = Loader.loadPDF(ReportPdf.render(ReportHtml.render(typical("tertial", "2025-T2"))))) {
            String text = new PDFTextStripper().getText(report);
            assertTrue(text.contains("Side " + report.getNumberOfPages() + " av " + report.getNumberOfPages()), text);
            assertTrue(text.contains("Forsinkede aktiviteter"), text);
            // The last column (the change) is on the page, not cut off.
            assertTrue(text.contains("\u221212"), text);
        }
    }

    @Test
    void theHtmlIsWellFormedEscapedAndInNorwegian() throws Exception {
        String html = ReportHtml.render(typical("tertial", "2025-T2"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("nb", document.getDocumentElement().getAttribute("lang"));
        assertEquals(6, document.getElementsByTagName("h2").getLength(), "six sections");
        assertTrue(html.contains("<caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Status</th>"), html);
        assertTrue(html.contains("Se &lt;her&gt; &amp; der"), html);
        assertFalse(html.contains("<her>"), html);
        // 1 234 567 kr with non-breaking spaces; a decimal comma; the minus sign.
        assertTrue(html.contains("1\u00a0234\u00a0567\u00a0kr"), html);
        assertTrue(html.contains("0,45\u00a0%"), html);
        assertTrue(html.contains("\u221212"), html);
        assertTrue(html.contains("1. mai 2025–31. august 2025"), html);
        assertTrue(html.contains("Endret fra: I faresonen"), html);
        assertTrue(html.contains("3. Arbeidsplasser og næringsliv"), html);
        assertTrue(html.contains("17\u00a0850"), html);
        assertTrue(html.contains("76,5\u00a0%"), html);
    }

    @Test
    void theCsvHasEveryTableWithDecimalCommasAndNoFormulas() {
        String csv = ReportCsv.render(typical("tertial", "2025-T2"));
        assertTrue(csv.startsWith("\uFEFF"));
        for (String title : List.of("KPI-er", "Befolkning", "Arbeidsplasser og næringsliv", "Finansiering", "Kampanjer",
                "Handlingsplan 2025", "Arrangementer")) {
            assertTrue(csv.contains("\r\n" + title + "\r\n"), title + " in " + csv);
        }
        assertTrue(csv.contains(";0,45;"), csv);
        // A negative change is a number, not text, and a name starting with = is never a formula.
        assertTrue(csv.contains(";-12\r\n"), csv);
        assertTrue(csv.contains("'=SUM(A1)"), csv);
    }

    /** Twelve KPIs, three campaigns, a handful of activities and events, a commentary in every section. */
    static Report typical(String kind, String period) {
        List<ReportViews.KpiRow> kpis = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean changed = i == 0;
            kpis.add(new ReportViews.KpiRow("kpi-" + i, new KpiViews.Text(i == 11 ? "=SUM(A1)" : "Nøkkeltall nummer " + i, "KPI " + i),
                    i == 1 ? "percent" : i == 2 ? "nok" : "count", "higher-is-better", "2024", i == 1 ? 0.45 : i == 2 ? 1_234_567.0 : 1_234_567.0 + i,
                    1_300_000.0, changed ? "off-track" : "on-track", 5.0, "up",
                    new ReportViews.Previous(changed ? "at-risk" : "on-track", 1_234_579.0 + i), changed, i == 0 ? -12.0 : 0.0));
        }
        List<ReportViews.Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            campaigns.add(new ReportViews.Campaign(UUID.randomUUID(), "Velkommen hjem " + i, "active", LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 10, 31), 250_000, new BigDecimal("120000.50"),
                    new ReportViews.Results(420_000, 150_000, 6_100, 4_800, 85),
                    List.of(new ReportViews.TargetResult("sessions", 10_000, 4_800, new BigDecimal("48.0")),
                            new ReportViews.TargetResult("leads", 200, 85, new BigDecimal("42.5")))));
        }
        List<ReportViews.Activity> late = List.of(
                new ReportViews.Activity("Ny nettside for tilflyttere", "Kommunikasjon", LocalDate.of(2025, 6, 30), "in-progress"),
                new ReportViews.Activity("Næringsfrokost", "KNF", LocalDate.of(2025, 5, 15), "planned"));
        List<ReportViews.Event> events = List.of(
                new ReportViews.Event("Boligdag", LocalDate.of(2025, 5, 18), null, "Kongsberg kulturhus", 450),
                new ReportViews.Event("Jazzfestivalen", LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 5), "Sentrum", 30_000));
        String text = "Befolkningsveksten er fortsatt under målet, men netto innflytting økte i perioden. Se <her> & der.";
        return new Report(kind, period, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31),
                "tertial".equals(kind) ? "Tertialrapport for 2. tertial 2025" : "Kvartalsstatus for 3. kvartal 2025",
                "Vekst i Kongsberg", "published", 1, Instant.parse("2025-09-15T08:30:00Z"), "Kari Nordmann",
                Instant.parse("2025-09-15T08:30:00Z"), "2025-T1", "published",
                new ReportViews.Commentary(text, text, text, text, text), kpis,
                new ReportViews.Population(new MunicipalityRef("3303", "Kongsberg"), 28_421, LocalDate.of(2025, 7, 1), "2024", 170,
                        0.6, 1.0, false, 140, 350, false),
                new ReportViews.Financing(2025, 4_000_000, 3_100_000, 900_000, 77.5, 24, 2_100_000, 1_800_000, 1_500_000, 300_000,
                        new ReportViews.Renewal(22, 19, 86.4)),
                campaigns, new ReportViews.ActionPlan(2025, new ReportViews.ActivityCounts(4, 6, 9, 1, 0), 2, late,
                        List.of(new ReportViews.Activity("Næringsfrokost i Oslo", "KNF", LocalDate.of(2025, 5, 15), "postponed")),
                        events),
                new ReportViews.Jobs(new MunicipalityRef("3303", "Kongsberg"), "2024", 17_850, 212, 1.2, 14_410, 76.47, 41, 18, 23));
    }
}
