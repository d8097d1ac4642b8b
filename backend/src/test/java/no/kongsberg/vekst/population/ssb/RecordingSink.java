package no.kongsberg.vekst.population.ssb;

import java.util.ArrayList;
import java.util.List;
import no.kongsberg.vekst.population.importing.PopulationValue;
import no.kongsberg.vekst.population.importing.PopulationValueSink;

/** Keeps what the mapper hands on, for the tests to compare. */
final class RecordingSink implements PopulationValueSink {

    record Rejection(long row, String field, String code, String message) {
    }

    final List<PopulationValue> values = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(PopulationValue value) {
        values.add(value);
    }

    @Override
    public void reject(long row, String field, String code, String message) {
        rejections.add(new Rejection(row, field, code, message));
    }
}
