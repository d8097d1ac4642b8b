package no.kongsberg.vekst.population.ssb;

/**
 * What one mapping did: the table it used (null when it could not pick one), the dataset's cells,
 * the values handed to the sink, the rejections, and the cells left out because their region is
 * not a municipality (the whole country, a county).
 */
public record MappingSummary(String tableId, long cells, long values, long rejections, long cellsOutsideMunicipalities) {
}
