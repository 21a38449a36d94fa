package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and usage errors: none of these loads the language models. */
class HelpTest {
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("ingest", List.of("--db", "--published", "--max-bytes", "--article-timeout", "--threads")),
                Arguments.of("extract", List.of("--format", "--published", "--max-bytes", "--threads")),
                Arguments.of("search", List.of("--db", "--format", "--limit")),
                Arguments.of("show", List.of("--db", "--format", "--no-text")),
                Arguments.of("demo", List.of("--db", "--examples")));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandExplainsItsOptions(String command, List<String> options) {
        Cli.Run r = Cli.run(command, "--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("Usage: dyad " + command), r::toString);
        for (String option : options) {
            assertTrue(r.out().contains(option), () -> command + " --help should mention " + option + "\n" + r);
        }
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Run r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (String command : List.of("ingest", "extract", "search", "show", "demo")) {
            assertTrue(r.out().contains(command), () -> "--help should list " + command + "\n" + r);
        }
        assertTrue(r.out().contains("Exit codes:"), r::toString);
    }

    @ParameterizedTest(name = "{0} --bogus")
    @ValueSource(strings = {"ingest", "extract", "search", "show", "demo"})
    void anUnknownOptionIsAUsageError(String command) {
        Cli.Run r = Cli.run(command, "--bogus", "x");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--bogus"), r::toString);
    }

    @Test
    void anUnsupportedFormatIsAUsageError() {
        Cli.Run r = Cli.run("search", "Hanoi", "--format", "xml", "--db", "unused.db");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--format"), r::toString);
    }

    @Test
    void versionNamesDyad() {
        Cli.Run r = Cli.run("--version");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("dyad "), r::toString);
    }
}
