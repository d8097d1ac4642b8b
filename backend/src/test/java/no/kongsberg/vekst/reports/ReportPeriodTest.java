package no.kongsberg.vekst.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.kongsberg.vekst.platform.ApiProblem;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void tertialsAreJanuaryToAprilMayToAugustAndSeptemberToDecember() {
        ReportPeriod t1 = ReportPeriod.parse("tertial", "2024-T1");
        assertEquals(LocalDate.of(2024, 1, 1), t1.from());
        assertEquals(LocalDate.of(2024, 4, 30), t1.to());
        ReportPeriod t2 = ReportPeriod.parse("tertial", "2024-T2");
        assertEquals(LocalDate.of(2024, 5, 1), t2.from());
        assertEquals(LocalDate.of(2024, 8, 31), t2.to());
        ReportPeriod t3 = ReportPeriod.parse("tertial", "2024-T3");
        assertEquals(LocalDate.of(2024, 9, 1), t3.from());
        assertEquals(LocalDate.of(2024, 12, 31), t3.to());
        assertEquals("2023-T3", t1.previous().code());
        assertEquals("2024-T1", t2.previous().code());
        assertEquals("1. tertial 2024", t1.norwegianName());
    }

    @Test
    void theLastDayOfAprilIsInTheFirstTertialAndTheFirstOfMayInTheSecond() {
        ReportPeriod t1 = ReportPeriod.parse("tertial", "2025-T1");
        LocalDate lastOfApril = LocalDate.of(2025, 4, 30);
        assertFalse(lastOfApril.isAfter(t1.to()));
        assertTrue(t1.previous().to().isBefore(t1.from()));
        assertEquals(lastOfApril.plusDays(1), ReportPeriod.parse("tertial", "2025-T2").from());
        // A leap year's February is inside T1 too.
        assertEquals(LocalDate.of(2024, 4, 30), ReportPeriod.parse("tertial", "2024-T1").to());
    }

    @Test
    void quartersFollowTheCalendar() {
        ReportPeriod q1 = ReportPeriod.parse("quarterly", "2024-Q1");
        assertEquals(LocalDate.of(2024, 3, 31), q1.to());
        ReportPeriod q3 = ReportPeriod.parse("quarterly", "2025-Q3");
        assertEquals(LocalDate.of(2025, 7, 1), q3.from());
        assertEquals(LocalDate.of(2025, 9, 30), q3.to());
        assertEquals("2023-Q4", q1.previous().code());
        assertEquals("3. kvartal 2025", q3.norwegianName());
    }

    @Test
    void whileAPeriodRunsItsFiguresAreAsOfToday() {
        ReportPeriod t3 = ReportPeriod.parse("tertial", "2025-T3");
        assertEquals(LocalDate.of(2025, 10, 5), t3.asOf(LocalDate.of(2025, 10, 5)));
        assertEquals(LocalDate.of(2025, 12, 31), t3.asOf(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void aPeriodThatDoesNotMatchItsKindOrHasNoSuchPartIsRefused() {
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", "2025-Q1")));
        assertEquals("period", field(() -> ReportPeriod.parse("quarterly", "2025-T1")));
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", "2025-T4")));
        assertEquals("period", field(() -> ReportPeriod.parse("quarterly", "2025-Q5")));
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", "2025-T0")));
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", "25-T1")));
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", "1999-T3")));
        assertEquals("period", field(() -> ReportPeriod.parse("tertial", (LocalDate.now().getYear() + 2) + "-T1")));
        assertEquals("kind", field(() -> ReportPeriod.parse("monthly", "2025-T1")));
    }

    @Test
    void theWebServerAllowsTheReportStylesheetByItsHash() throws IOException {
        // The preview is shown in the app under nginx's Content-Security-Policy, which allows no inline styles but this one.
        String nginx = Files.readString(Path.of("..", "deploy", "nginx.conf"));
        assertTrue(nginx.contains(ReportHtml.styleHash()), "deploy/nginx.conf lacks " + ReportHtml.styleHash() + " in style-src");
    }

    private static String field(Runnable parse) {
        ApiProblem problem = assertThrows(ApiProblem.class, parse::run);
        assertEquals(400, problem.status());
        return problem.errors().get(0).field();
    }
}
