package org.dyad.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two actors and the date range shared by {@code events} and {@code timeline}. */
final class ActorPairOptions {
    @Parameters(index = "0", paramLabel = "A", description = "First actor code (e.g. USA).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second actor code (e.g. VNM).")
    String b;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only events dated on or after DATE (2023, 2023-04, 2023-04-14).")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only events dated on or before DATE (a prefix: 2023 includes all of 2023).")
    String to;

    String codeA() {
        return a.toUpperCase(Locale.ROOT);
    }

    String codeB() {
        return b.toUpperCase(Locale.ROOT);
    }
}
