package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.query.Names;
import org.dyad.store.Store;
import org.dyad.store.Stores;

/**
 * What the ladder commands share: the temporal model over the reference history and, when there is one, the store;
 * country and bloc names for display. The reference history answers without any store: a store is opened only when
 * {@code --db} is given or the default store file exists.
 */
final class LadderQueries implements AutoCloseable {
    final Store store;
    final LadderHistory model;

    private LadderQueries(Store store) {
        this.store = store;
        this.model = new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), store);
    }

    static LadderQueries open(StoreOption option) {
        boolean explicit = option.db != null || !option.location().equals(Stores.defaultLocation());
        String location = option.location();
        boolean exists = Files.exists(Path.of(location.replaceFirst("^jdbc:sqlite:", "")));
        return new LadderQueries(explicit || exists ? option.open() : null);
    }

    /** Where the statements come from, for a table's heading. */
    String describe(StoreOption option) {
        return store == null ? "reference history only (no store)" : "reference history + statements in "
                + option.location();
    }

    /** "Vietnam", "European Union", or the code itself. */
    static String name(String code) {
        return Names.name(code);
    }

    /** Validates a country or bloc code given on the command line. */
    static String code(String raw, picocli.CommandLine cl, String what) {
        String c = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new picocli.CommandLine.ParameterException(cl, what + " must be a three-letter code such as VNM, "
                    + "USA or EUR, got \"" + raw + "\"");
        }
        return c;
    }

    /** Validates an ISO date of any precision. */
    static String date(String raw, picocli.CommandLine cl) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new picocli.CommandLine.ParameterException(cl, "--as-of must be a date such as 2023-04-16, 2023-04 "
                    + "or 2023, got \"" + raw + "\"");
        }
        return raw;
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
