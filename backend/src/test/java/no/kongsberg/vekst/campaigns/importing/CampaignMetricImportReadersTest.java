package no.kongsberg.vekst.campaigns.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers without the server: numbers as people write them, quoting, and the GA4 file's quirks. */
class CampaignMetricImportReadersTest {

    @Test
    void countsAndAmountsAreReadAsWrittenInNorwayAndByGa4() throws Exception {
        assertNull(MetricCsv.count("  "));
        assertEquals(12000L, MetricCsv.count("12 000"));
        assertEquals(12000L, MetricCsv.count("12\u00A0000"));
        assertEquals(1234567L, MetricCsv.count("1,234,567"));
        assertEquals(12L, MetricCsv.count("12.00"));
        assertThrows(MetricCsv.NotANumber.class, () -> MetricCsv.count("1,5"));
        assertThrows(MetricCsv.NotANumber.class, () -> MetricCsv.count("ten"));
        assertEquals(0, new BigDecimal("1499.50").compareTo(MetricCsv.amount("1 499,50")));
        assertEquals(0, new BigDecimal("1499.50").compareTo(MetricCsv.amount("1499.5")));
        assertEquals(0, new BigDecimal("1234.5").compareTo(MetricCsv.amount("1.234,5")));
        assertEquals(0, new BigDecimal("1234.5").compareTo(MetricCsv.amount("1,234.5")));
        assertThrows(MetricCsv.NotANumber.class, () -> MetricCsv.amount("kr 100"));
    }

    @Test
    void quotedCellsKeepTheirSeparatorsAndQuotes() {
        assertEquals(List.of("a;b", "say \"hi\"", ""), no.kongsberg.vekst.platform.CsvCells.split("\"a;b\";\"say \"\"hi\"\"\";", ';'));
    }

    @Test
    void theVekstReaderNamesBadCellsByRowAndField() {
        ParsedMetrics parsed = VekstMetricReader.read(("\uFEFFCampaign;DATE;channel;sessions\r\n"
                + "\"x-1\";2091-01-01;web;5\r\n\r\n"
                + "x-1;01.01.2091;web;five\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, parsed.processed);
        assertEquals(1, parsed.entries.size());
        assertEquals(LocalDate.of(2091, 1, 1), parsed.entries.get(0).values().date());
        assertEquals(List.of("date", "sessions"), parsed.errors.stream().map(e -> e.field()).toList());
        assertEquals(4L, parsed.errors.get(0).row());
        ParsedMetrics notText = VekstMetricReader.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertEquals("malformed", notText.errors.get(0).code());
    }

    @Test
    void theGa4ReaderSumsADayAndSkipsTotalsAndBlankRows() {
        ParsedMetrics parsed = Ga4MetricReader.read(("# GA4\n\nDate;Session campaign;Sessions;Key events;Source\n"
                + "Grand total;;30;3;\n20910101;x-1;10;1;a\n20910101;x-1;20;2;b\n20910102;x-1;;;c\n")
                .getBytes(StandardCharsets.UTF_8), "web");
        assertEquals(List.of(), parsed.errors);
        assertEquals(1, parsed.entries.size());
        assertEquals(30L, parsed.entries.get(0).values().sessions());
        assertEquals(3L, parsed.entries.get(0).values().leads());
        assertEquals("web", parsed.entries.get(0).values().channel());
        assertEquals(5L, parsed.entries.get(0).row());
        assertEquals(List.of("totals-skipped", "no-values"), parsed.warnings.stream().map(w -> w.code()).toList());
        ParsedMetrics noHeader = Ga4MetricReader.read("# only comments\n".getBytes(StandardCharsets.UTF_8), "web");
        assertEquals("required", noHeader.errors.get(0).code());
    }
}
