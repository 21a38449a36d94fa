package org.dyad.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code ladder} and {@code pair} share: the date asked about and the output format. */
final class LadderOptions {
    @Option(names = "--as-of", paramLabel = "DATE", description = "The date asked about: 2023-04-16, 2023-04 or 2023.")
    String asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    /** The date, checked; null when not given. */
    String date(CommandLine cl) {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new CommandLine.ParameterException(cl, "--format must be table, json or csv, got \"" + format + "\"");
        }
        return LadderQueries.date(asOf, cl);
    }
}
