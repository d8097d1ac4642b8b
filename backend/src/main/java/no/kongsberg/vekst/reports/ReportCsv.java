package no.kongsberg.vekst.reports;

import static no.kongsberg.vekst.platform.CsvExport.decimal;

import java.util.ArrayList;
import java.util.List;
import no.kongsberg.vekst.platform.CsvExport;
import no.kongsberg.vekst.platform.CsvExport.Table;
import no.kongsberg.vekst.reports.ReportViews.Report;

/** The report's tables in one CSV for Excel, in Norwegian; numbers bare (decimal comma), codes as in the API. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String render(Report r) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(r.title() + " (" + (r.version() == null ? "utkast" : "versjon " + r.version()) + ")",
                List.of("Fra", "Til", "Status", "Tall per"),
                List.of(List.of(r.from(), r.to(), r.status(), r.dataAsOf()))));

        List<List<Object>> kpis = new ArrayList<>();
        for (ReportViews.KpiRow k : r.kpis()) {
            kpis.add(row(k.key(), k.name().nb(), k.unit(), k.valuePeriod(), decimal(k.value()), decimal(k.target()), k.status(),
                    k.trend(), k.previous() == null ? null : k.previous().status(), k.statusChanged() ? "ja" : "nei",
                    decimal(k.change())));
        }
        tables.add(new Table("KPI-er", List.of("KPI", "Navn", "Enhet", "År", "Verdi", "Mål", "Status", "Trend",
                "Forrige status (" + r.previousPeriod() + ")", "Status endret", "Endring"), kpis));

        ReportViews.Population p = r.population();
        tables.add(new Table("Befolkning", List.of("Kommune", "Innbyggere", "Dato", "Vekstår", "Vekst", "Vekst %", "Mål vekst %",
                "Netto innflytting", "Mål netto innflytting"),
                List.of(row(p.municipality() == null ? null : p.municipality().name(), p.population(), p.populationDate(),
                        p.growthYear(), p.growth(), decimal(p.growthPercent()), decimal(p.targetGrowthPercent()),
                        p.netMigration(), p.targetNetInMigration()))));

        ReportViews.Jobs j = r.jobs();
        if (j != null) {
            tables.add(new Table("Arbeidsplasser og næringsliv", List.of("Kommune", "Sysselsettingsår", "Arbeidsplasser", "Vekst",
                    "Vekst %", "Sysselsatte bosatte", "Bor og jobber i kommunen %", "Nye foretak i perioden", "Slettede foretak i perioden",
                    "Netto nye foretak"),
                    List.of(row(j.municipality().name(), j.year(), j.jobs(), j.growth(), decimal(j.growthPercent()), j.employedResidents(),
                            decimal(j.integrationShare()), j.enterprisesRegistered(), j.enterprisesDeleted(), j.enterprisesNet()))));
        }

        ReportViews.Financing f = r.financing();
        tables.add(new Table("Finansiering", List.of("År", "Mål (kr)", "Omsetning (kr)", "Gjenstår (kr)", "Nådd %",
                "Signerte avtaler", "Partnernes bidrag (kr)", "Fakturert (kr)", "Betalt (kr)", "Utestående (kr)",
                "Partnere året før", "Fornyet", "Fornyelse %"),
                List.of(row(f.year(), f.targetNok(), f.turnoverNok(), f.remainingNok(), decimal(f.progressPercent()),
                        f.agreements(), f.partnersNok(), f.invoicedNok(), f.paidNok(), f.outstandingNok(),
                        f.renewal().previousYearPartners(), f.renewal().renewedPartners(), decimal(f.renewal().ratePercent())))));

        List<List<Object>> campaigns = new ArrayList<>();
        for (ReportViews.Campaign c : r.campaigns()) {
            ReportViews.Results res = c.results();
            campaigns.add(row(c.name(), c.status(), c.startDate(), c.endDate(), c.budgetNok(), decimal(c.spendNok()),
                    res.impressions(), res.reach(), res.clicks(), res.sessions(), res.leads()));
        }
        tables.add(new Table("Kampanjer", List.of("Kampanje", "Status", "Start", "Slutt", "Budsjett (kr)", "Forbruk (kr)",
                "Visninger", "Rekkevidde", "Klikk", "Økter", "Leads"), campaigns));

        ReportViews.ActionPlan a = r.actionPlan();
        ReportViews.ActivityCounts c = a.counts();
        tables.add(new Table("Handlingsplan " + a.year(), List.of("Fullført", "Pågår", "Planlagt", "Utsatt", "Avlyst", "Forsinket"),
                List.of(row(c.done(), c.inProgress(), c.planned(), c.postponed(), c.cancelled(), a.late()))));
        List<List<Object>> activities = new ArrayList<>();
        a.lateItems().forEach(i -> activities.add(row("forsinket", i.title(), i.owner(), i.dueDate(), i.status())));
        a.postponedItems().forEach(i -> activities.add(row("utsatt", i.title(), i.owner(), i.dueDate(), i.status())));
        tables.add(new Table("Forsinkede og utsatte aktiviteter", List.of("Hvorfor listet", "Aktivitet", "Ansvarlig", "Frist", "Status"),
                activities));
        tables.add(new Table("Arrangementer", List.of("Arrangement", "Dato", "Til", "Sted", "Deltakere"),
                a.events().stream().map(e -> row(e.name(), e.date(), e.endDate(), e.place(), e.attendees())).toList()));
        return CsvExport.tables(tables);
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }
}
