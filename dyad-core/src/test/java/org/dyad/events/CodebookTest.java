package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.data.Tsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookTest {
    static final Codebook CODES = Codebook.standard();
    static final EventStage STAGE = new EventStage();

    @Test
    void cameoCodesCarryTheirGoldsteinWeights() {
        assertEquals(1.9, CODES.cameo("042").goldstein());
        assertEquals(-8.0, CODES.cameo("163").goldstein());
        assertEquals("Make a visit", CODES.cameo("042").label());
        assertNull(CODES.cameo("999"));
    }

    @Test
    void ploverFollowsTheConversionTableWithDyadsDocumentedChanges() {
        assertEquals(new Codebook.PloverRow("CONSULT", "visit", null), CODES.plover("042"));
        assertEquals("SANCTION", CODES.plover("163").category(), "sanctions are SANCTION, not the table's COERCE");
        assertEquals("ASSAULT", CODES.plover("190").category());
        assertTrue(CODES.plover("190").context().contains("military"));
        assertEquals("REQUEST", CODES.plover("020").category());
        assertEquals("COERCE", CODES.plover("1711").category(), "a four-digit code not listed takes its own row");
        assertNull(CODES.plover("010"), "statements have no PLOVER category");
        assertNotNull(CODES.intensity("AGREE"));
    }

    @Test
    void ploverCodesPromisesAsAgreeThreatsAsThreatenAndRefusalsAsReject() {
        assertEquals("AGREE", STAGE.plover("042", "planned").category());
        assertEquals("AGREE", STAGE.plover("057", "hypothetical").category());
        assertEquals("THREATEN", STAGE.plover("163", "planned").category());
        assertEquals("THREATEN", STAGE.plover("190", "hypothetical").category());
        assertEquals("REJECT", STAGE.plover("057", "negated").category());
        assertEquals("CONSULT", STAGE.plover("042", "happened").category());
        assertEquals("ACCUSE", STAGE.plover("111", "planned").category(), "a verbal act keeps its own category");
    }

    @Test
    void everyShippedPatternNamesAKnownCodeAndEveryFamilyIsCovered() {
        Patterns p = Patterns.standard(CODES);
        assertTrue(p.all().size() > 100);
        for (String root : new String[] {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                "14", "15", "16", "17", "18", "19"}) {
            assertTrue(p.all().stream().anyMatch(x -> x.cameo().startsWith(root)), "no pattern for CAMEO " + root);
        }
        assertTrue(p.verbs("visit").stream().anyMatch(x -> x.id().equals("visit.make:visit-verb")));
    }

    @Test
    void aBadPatternRowIsRefusedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        String header = "id\tpos\tlemmas\twhen\ttarget\tcameo\tflags\tnote\n";
        assertEquals("patterns.tsv:2: CAMEO code 999 is not in cameo.tsv",
                refuse(dir, header + "x:y\tV\tvisit\t\tobj\t999\t\t\n"));
        assertTrue(refuse(dir, header + "x:y\tV\tvisit\tcolour=red\tobj\t042\t\t\n").contains("unknown condition"));
        assertTrue(refuse(dir, header + "x:y\tV\tvisit\t\tobj\t042\tloud\t\n").contains("unknown flag"));
        assertTrue(refuse(dir, header + "x:y\tQ\tvisit\t\tobj\t042\t\t\n").contains("pos must be V"));
        assertTrue(refuse(dir, header + "x:y\tV\tvisit\t\tobj\t042\t\t\nx:y\tV\ttour\t\tobj\t042\t\t\n")
                .contains("used twice"));
    }

    private static String refuse(Path dir, String content) throws Exception {
        Path f = dir.resolve("patterns.tsv");
        Files.writeString(f, content);
        Tsv tsv = Tsv.file(f, "id", "pos", "lemmas", "when", "target", "cameo", "flags");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Patterns(tsv, CODES));
        return e.getMessage().replace(dir.toString() + "/", "");
    }
}
