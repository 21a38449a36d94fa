package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real articles kept outside the repository ({@code ../../shared/seeds} from the module), read at test time only.
 * Skipped when the folder is absent. The rules are general; these checks only confirm they work on real pages.
 */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");

    private static CleanText seed(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed articles at " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            Assumptions.assumeTrue(file != null, "no seed " + prefix + "*");
            CleanText c = CleanFixtures.text(Files.readString(file, StandardCharsets.UTF_8));
            CleanFixtures.assertInvariant(c);
            return c;
        }
    }

    private static void assertRemoved(CleanText c, String... fragments) {
        for (String f : fragments) {
            assertTrue(c.original().contains(f), "seed no longer contains " + f);
            assertFalse(c.text().contains(f), "still there: " + f);
        }
    }

    private static List<String> lines(CleanText c) {
        return c.text().lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void frenchCookieNoticesGoAndTheBylineStays() throws IOException {
        CleanText c = seed("000_");
        assertRemoved(c, "En poursuivant la visite de ce site", "Print Friendly", "Translate / ");
        assertTrue(lines(c).get(lines(c).size() - 1).startsWith("By Gabriel Dominguez"), "last paragraph is the byline");
    }

    @Test
    void skipLinkReadMoreMoreFromAndCommentFormGo() throws IOException {
        CleanText c = seed("001_");
        assertRemoved(c, "to skip to content", "READ MORE:", "More from Americas", "Be First to Comment",
                "Leave a Reply", "Your email address will not be published");
        assertTrue(lines(c).get(0).startsWith("Vietnam balks"));
    }

    @Test
    void seeAlsoLinesAndCommentFormGo() throws IOException {
        CleanText c = seed("002_");
        assertRemoved(c, "See also", "Leave a Reply", "Required fields are marked");
        assertTrue(c.text().contains("Our standards: Thomson Reuters Trust Principles."));
    }

    @Test
    void adMarkersAndSourceLinkGo() throws IOException {
        CleanText c = seed("003_");
        assertRemoved(c, "[ad_1]", "[ad_2]", "Source link");
        assertTrue(c.text().startsWith("Shortly after"));
    }

    @Test
    void repeatedPhotoCaptionGoes() throws IOException {
        CleanText c = seed("004_");
        assertRemoved(c, "(photo: Luong Thai Linh / AFP)");
        assertTrue(c.text().startsWith("U.S.-Vietnam Relations: Ready for a Strategic Partnership Upgrade?"));
    }
}
