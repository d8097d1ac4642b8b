import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a national population file in Vekst CSV (flows form): every municipality of 2024, every
 * year from 1951 to 2024 and every quarter of those years, every component, in the official
 * variant. The figures are made up but consistent (start + births − deaths + net migration = end,
 * quarters summing to their year), so the import flags nothing and the benchmark measures the
 * import, not the review queue.
 *
 * Usage: java GenerateNationalCsv.java <municipalities-2024.csv> <out.csv> [firstYear] [lastYear]
 */
public class GenerateNationalCsv {

    public static void main(String[] args) throws IOException {
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.startsWith("code;") && !line.isBlank()) {
                codes.add(line.split(";")[0]);
            }
        }
        int firstYear = args.length > 2 ? Integer.parseInt(args[2]) : 1951;
        int lastYear = args.length > 3 ? Integer.parseInt(args[3]) : 2024;
        Random random = new Random(1951);
        long values = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("municipality;period;variant;populationStart;births;deaths;inMigration;outMigration;immigration;emigration;netMigration;growth;populationEnd\n");
            for (String code : codes) {
                int population = 1000 + random.nextInt(60_000);
                for (int year = firstYear; year <= lastYear; year++) {
                    int yearStart = population;
                    int[] yearFlows = new int[6];
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        int[] flows = quarterFlows(random, population);
                        int net = flows[2] - flows[3] + flows[4] - flows[5];
                        int growth = flows[0] - flows[1] + net;
                        values += row(out, code, year + "-Q" + quarter, population, flows, net, growth);
                        for (int i = 0; i < 6; i++) {
                            yearFlows[i] += flows[i];
                        }
                        population += growth;
                    }
                    int net = yearFlows[2] - yearFlows[3] + yearFlows[4] - yearFlows[5];
                    values += row(out, code, Integer.toString(year), yearStart, yearFlows, net, population - yearStart);
                }
            }
        }
        System.out.println(codes.size() + " municipalities, " + firstYear + "-" + lastYear + ": " + values + " values");
    }

    /** births, deaths, in-, out-migration, immigration, emigration: about 1 % a quarter each way. */
    private static int[] quarterFlows(Random random, int population) {
        int scale = Math.max(1, population / 400);
        return new int[] {scale + random.nextInt(scale), scale + random.nextInt(scale), 3 * scale + random.nextInt(3 * scale),
                3 * scale + random.nextInt(3 * scale), random.nextInt(scale + 1), random.nextInt(scale / 2 + 1)};
    }

    /** One row: the start and end stocks and eight flows, ten values. */
    private static int row(BufferedWriter out, String code, String period, int start, int[] flows, int net, int growth)
            throws IOException {
        StringBuilder line = new StringBuilder(96).append(code).append(';').append(period).append(";official;").append(start);
        for (int flow : flows) {
            line.append(';').append(flow);
        }
        line.append(';').append(net).append(';').append(growth).append(';').append(start + growth).append('\n');
        out.write(line.toString());
        return 10;
    }
}
