package no.kongsberg.vekst.reports;

import static no.kongsberg.vekst.reports.ReportsApiTest.REPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import no.kongsberg.vekst.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The report's PDF: its text read back, its fonts, PDF/A-2u and PDF/UA-1 by veraPDF, and that the quarterly status is archivable too. 2024's T1, T3 and Q3 are this class's. */
@QuarkusTest
class ReportPdfTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void thePublishedPdfHoldsTheKpiTableInNorwegianAndPassesPdfAAndPdfUa() throws Exception {
        String kpi = ReportsApiTest.newKpi();
        ReportsApiTest.setTarget(kpi, 2024, 1200.0);
        ReportsApiTest.enter(kpi, 2024, 1500);
        String tag = ReportsApiTest.draftTag("tertial", "2024-T3");
        tag = Api.as("editor").header("If-Match", tag).body(ReportsApiTest.commentary("Økningen kom i høst – særlig blant unge."))
                .put(REPORTS + "/tertial/2024-T3/commentary").then().statusCode(200).extract().header("ETag");
        ReportsApiTest.publish("tertial", "2024-T3", tag);
        byte[] pdf = ReportsApiTest.pdf(REPORTS + "/tertial/2024-T3/versions/1");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Tertialrapport for 3. tertial 2024"), text);
            assertTrue(text.contains("Vekst i Kongsberg · 3. tertial 2024"), "the running header: " + text);
            assertTrue(text.contains("Side 1 av " + document.getNumberOfPages()), text);
            assertTrue(text.contains("Måloppnåelse (KPI-er)"), text);
            // The KPI's row: its name with Æ Ø Å, the value with a non-breaking space between thousands, the target, the status.
            assertTrue(text.replaceAll("\\s+", " ").contains("Tilflyttere til Kongsberg – Æ Ø Å " + kpi), text);
            assertTrue(text.contains("1\u00a0500"), text);
            assertTrue(text.contains("1\u00a0200"), text);
            assertTrue(text.contains("Økningen kom i høst – særlig blant unge."), text);
            assertTrue(text.contains("I rute"), text);

            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "tagged: a structure tree");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "tagged: MarkInfo /Marked true");
            assertEquals("nb", catalog.getLanguage());
            assertEquals("Tertialrapport for 3. tertial 2024", document.getDocumentInformation().getTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("2"), xmp);
            for (var page : document.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4");
                assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4");
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                }
            }
        }
        assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void theDraftPdfShowsTheMinusSignAndTheQuarterlyStatusIsArchivableToo() throws Exception {
        String kpi = ReportsApiTest.newKpi();
        ReportsApiTest.setTarget(kpi, 2024, 10.0);
        ReportsApiTest.setTarget(kpi, 2023, 10.0);
        ReportsApiTest.enter(kpi, 2023, 30);
        ReportsApiTest.enter(kpi, 2024, 12);
        byte[] pdf = Api.as("editor").queryParam("format", "pdf").get(REPORTS + "/tertial/2024-T1").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            // 12 against 2023's 30: a change of −18, with the minus sign (U+2212).
            assertTrue(text.contains("\u221218"), text);
        }
        byte[] status = Api.as("editor").queryParam("format", "pdf").get(REPORTS + "/quarterly/2024-Q3").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(status)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Kvartalsstatus for 3. kvartal 2024"));
        }
        assertCompliant(status, PDFAFlavour.PDFA_2_U);
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream().filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
                    .map(t -> t.getRuleId() + " " + t.getMessage()).distinct().limit(10).toList();
            assertTrue(result.isCompliant(), flavour + ": " + failed);
        }
    }
}
