package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input {@code clean/<name>.txt} or {@code .html} is cleaned and compared with {@code <name>.expected.txt} (the
 * cleaned text) and {@code <name>.expected-removed.txt} (the removed spans). Run with
 * {@code -Ddyad.golden.update=true} to rewrite the expected files after a deliberate change, then review the diff.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("dyad.golden.update");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(CleanFixtures.GOLDEN)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".txt") || n.endsWith(".html")) && !n.contains(".expected"))
                    .sorted().toList().stream();
        }
    }

    private static String base(String input) {
        return input.substring(0, input.lastIndexOf('.'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void cleansAsExpected(String name) throws IOException {
        String original = Files.readString(CleanFixtures.GOLDEN.resolve(name), StandardCharsets.UTF_8);
        CleanText clean = name.endsWith(".html") ? CleanFixtures.html(original) : CleanFixtures.text(original);
        CleanFixtures.assertInvariant(clean);
        assertFalse(clean.text().contains("\n\n\n"), "more than one blank line in a row");
        assertFalse(clean.text().startsWith("\n") || clean.text().endsWith("\n"), "leading or trailing blank line");
        Path text = CleanFixtures.GOLDEN.resolve(base(name) + ".expected.txt");
        Path removed = CleanFixtures.GOLDEN.resolve(base(name) + ".expected-removed.txt");
        if (UPDATE) {
            Files.writeString(text, clean.text() + "\n", StandardCharsets.UTF_8);
            Files.writeString(removed, CleanFixtures.removedReport(clean), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(text, StandardCharsets.UTF_8), clean.text() + "\n", "cleaned text of " + name);
        assertEquals(Files.readString(removed, StandardCharsets.UTF_8), CleanFixtures.removedReport(clean),
                "removed spans of " + name);
    }

    @Test
    void everyInputHasItsExpectedFilesAndEveryExpectedFileItsInput() throws IOException {
        List<String> inputs = inputs().toList();
        assertTrue(inputs.size() >= 8, "at least 8 golden inputs, found " + inputs);
        List<String> problems = new ArrayList<>();
        for (String in : inputs) {
            for (String suffix : List.of(".expected.txt", ".expected-removed.txt")) {
                if (!Files.exists(CleanFixtures.GOLDEN.resolve(base(in) + suffix))) {
                    problems.add(in + " has no " + base(in) + suffix);
                }
            }
        }
        String readme = Files.readString(CleanFixtures.GOLDEN.resolve("README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(CleanFixtures.GOLDEN)) {
            for (String n : files.map(p -> p.getFileName().toString()).sorted().toList()) {
                int cut = n.indexOf(".expected");
                if (cut >= 0 && inputs.stream().noneMatch(in -> base(in).equals(n.substring(0, cut)))) {
                    problems.add(n + " has no input");
                }
                if (inputs.contains(n) && !readme.contains("`" + n + "`")) {
                    problems.add(n + " is not described in README.md");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
