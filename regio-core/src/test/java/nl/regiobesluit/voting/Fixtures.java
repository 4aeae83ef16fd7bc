package nl.regiobesluit.voting;

import nl.regiobesluit.ProjectFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data: the project's copy of the 2014 composition and the independently computed fixtures. */
final class Fixtures {

    private Fixtures() {
    }

    static Composition election2014() {
        return CompositionCsv.read(ProjectFiles.election2014(), java.time.LocalDate.of(2014, 3, 19)).value();
    }

    static Weights weights2014(WeightingScheme scheme) {
        return scheme.weigh(election2014()).value();
    }

    /** Rows (without header and comments) of a fixture CSV on the test classpath. */
    static List<String[]> rows(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(","));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a composition in which every municipality has one party group: a plain weighted game under scheme C. */
    static Composition singleGroupMunicipalities(int... seats) {
        StringBuilder csv = new StringBuilder("municipality,valid_votes,council_seats,party,seats\n");
        for (int i = 0; i < seats.length; i++) {
            csv.append("M").append(i + 1).append(",1000,").append(seats[i]).append(",G,").append(seats[i]).append('\n');
        }
        return CompositionCsv.parse("game", csv.toString(), null).value();
    }
}
