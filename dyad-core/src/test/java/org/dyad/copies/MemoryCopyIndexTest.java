package org.dyad.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MemoryCopyIndexTest {
    private static List<String> keys(List<CopyIndex.Entry> entries) {
        return entries.stream().map(CopyIndex.Entry::key).toList();
    }

    private static CopyIndex.Entry entry(String key, String text, String story) {
        return new CopyIndex.Entry(key, key, null, Signature.of(text), story);
    }

    @Test
    void copiesShareABandAndTheNegativeDoesNot() {
        MemoryCopyIndex index = new MemoryCopyIndex();
        index.add(entry("source", CopyTexts.SOURCE, "1"));
        index.add(entry("negative", CopyTexts.NEGATIVE, "2"));
        for (String copy : new String[] {CopyTexts.EXACT, CopyTexts.NEAR, CopyTexts.SPUN, CopyTexts.TRANSLATED}) {
            assertEquals(List.of("source"), keys(index.candidates(Signature.of(copy), "copy")), copy);
        }
    }

    @Test
    void anArticleIsNotItsOwnCandidate() {
        MemoryCopyIndex index = new MemoryCopyIndex();
        index.add(entry("source", CopyTexts.SOURCE, "1"));
        assertEquals(List.of(), index.candidates(Signature.of(CopyTexts.SOURCE), "source"));
    }

    @Test
    void addingAKeyAgainReplacesItsEntry() {
        MemoryCopyIndex index = new MemoryCopyIndex();
        index.add(entry("a", CopyTexts.SOURCE, "1"));
        index.add(entry("a", CopyTexts.NEGATIVE, "2"));
        assertEquals(1, index.size());
        assertEquals(List.of(), index.candidates(Signature.of(CopyTexts.SOURCE), "x"));
        assertEquals(List.of(), index.story("1"));
        assertEquals(List.of("a"), keys(index.story("2")));
    }

    @Test
    void manyUnrelatedArticlesStayOutOfTheCandidates() {
        MemoryCopyIndex index = new MemoryCopyIndex();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                sb.append(w % 9 == 0 ? "Name" : "word").append(r.nextInt(5000)).append(' ');
            }
            index.add(entry("n" + i, sb.toString(), index.newStory()));
        }
        index.add(entry("source", CopyTexts.SOURCE, index.newStory()));
        List<CopyIndex.Entry> found = index.candidates(Signature.of(CopyTexts.NEAR), "near");
        assertEquals(List.of("source"), keys(found));
        assertTrue(index.newStory().compareTo("") > 0);
    }
}
