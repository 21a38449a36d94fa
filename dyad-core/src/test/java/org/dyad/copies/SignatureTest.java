package org.dyad.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignatureTest {
    @Test
    void exactHashFoldsCasePunctuationDiacriticsAndSpacing() {
        assertEquals(Signature.of("Phạm Minh Chính met   Biden, on Sunday!").exact(),
                Signature.of("pham minh chinh -- met biden on sunday").exact());
        assertNotEquals(Signature.of("Pham met Biden on Sunday").exact(),
                Signature.of("Pham met Biden on Monday").exact());
    }

    @Test
    void synonymsFallIntoOneClass() {
        assertEquals(Words.synonymClass("comprehensive"), Words.synonymClass("complete"));
        assertEquals(Words.synonymClass("protection"), Words.synonymClass("defence"));
        assertEquals(Words.synonymClass("companion"), Words.synonymClass("partner"));
        assertEquals(Words.synonymClass("elevate"), Words.synonymClass("upgrade"));
        assertEquals("hanoi", Words.synonymClass("hanoi"));
    }

    @Test
    void bytesRoundTrip() {
        Signature s = Signature.of(CopyTexts.SOURCE);
        assertEquals(s, Signature.fromBytes(s.toBytes()));
        assertEquals(Signature.of(""), Signature.fromBytes(Signature.of("").toBytes()));
    }

    @Test
    void emptyAndRandomTextsGiveSignatures() {
        Signature empty = Signature.of("");
        assertEquals(0, empty.length());
        assertEquals(0, Lsh.keys(empty).length);
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(400); j > 0; j--) {
                sb.appendCodePoint(r.nextInt(3) == 0 ? ' ' : r.nextInt(0x20, 0x2fff));
            }
            Signature s = Signature.of(sb.toString());
            assertTrue(s.length() >= 0 && s.nSyn() <= Math.max(1, s.length()));
            assertEquals(s, Signature.fromBytes(s.toBytes()));
        }
    }
}
