package org.dyad.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link Signature#of} (no string per word) gives exactly the signature of the straightforward version over
 * {@link Words#of} kept here as the reference, so that signatures already in a store stay comparable.
 */
class SignatureReferenceTest {
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** The word-list version, as it was before the fast path. */
    static Signature reference(String text) {
        List<Words.Word> ws = Words.of(text);
        int n = ws.size();
        long[] rawTok = new long[n];
        long[] content = new long[n];
        long[] stems = new long[n];
        long[] names = new long[n];
        int nc = 0;
        int nn = 0;
        long exact = 0xcbf29ce484222325L;
        int articles = 0;
        for (int i = 0; i < n; i++) {
            Words.Word w = ws.get(i);
            long h = Signature.mix(w.folded().hashCode());
            rawTok[i] = h;
            exact = Signature.mix(exact * 0x100000001b3L ^ h);
            if (Words.STOP.contains(w.folded())) {
                if (ARTICLES.contains(w.folded())) {
                    articles++;
                }
                continue;
            }
            String cls = w.cls();
            content[nc] = Signature.mix(cls.hashCode() + 0x9e37L);
            stems[nc++] = Signature.mix(Signature.prefixHash(cls, Signature.STEM) + 0x51L);
            if (w.capitalised()) {
                names[nn++] = Signature.mix((w.number() ? w.folded().hashCode()
                        : Signature.prefixHash(w.folded(), Signature.NAME_STEM)) + 0x77L);
            }
        }
        long[] rawSh = Signature.shingles(rawTok, n);
        long[] synSh = Signature.shingles(content, nc);
        int[] raw = new int[Signature.RAW];
        int[] syn = new int[Signature.SYN];
        int[] wd = new int[Signature.WORDS];
        int[] nm = new int[Signature.NAMES];
        long[] none = new long[0];
        int nRaw = Signature.minHash(rawSh, rawSh.length, raw, none);
        int nSyn = Signature.minHash(synSh, synSh.length, syn, none);
        int nWords = Signature.minHash(stems, nc, wd, none);
        int nNames = Signature.minHash(names, nn, nm, none);
        return new Signature(n == 0 ? 0 : exact, raw, syn, wd, nm, nRaw, nSyn, nWords, nNames, n, articles);
    }

    @Test
    void theFastSignatureEqualsTheReferenceOnTheExamplesAndOnRandomTexts() {
        for (String t : List.of(CopyTexts.SOURCE, "", "a", "The the THE an An", "Phạm Minh Chính met Biden in Hà Nội",
                "Đà Nẵng, Łódź and Tromsø; 2023-09-10 at 10:30", "e\u0301te\u0301 cafe\u0301 naïve Ǆ ǅ")) {
            assertEquals(reference(t), Signature.of(t), t);
        }
        SplittableRandom r = new SplittableRandom(7);
        List<String> vocab = new ArrayList<>(Words.STOP);
        vocab.addAll(List.of("Comprehensive", "complete", "PARTNER", "companion", "upgrade", "Elevate", "Hanoi",
                "Phạm", "Chính", "2023", "x2", "Ærø", "straße", "İstanbul", "naïve", "e\u0301", "東京", "Київ", "9th"));
        String seps = " ,.;:-–\n\t()\"'’/";
        for (int t = 0; t < 500; t++) {
            StringBuilder sb = new StringBuilder();
            int words = r.nextInt(0, 120);
            for (int i = 0; i < words; i++) {
                String w = vocab.get(r.nextInt(vocab.size()));
                sb.append(r.nextInt(5) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                sb.append(seps.charAt(r.nextInt(seps.length())));
            }
            String text = sb.toString();
            assertEquals(reference(text), Signature.of(text), text);
        }
    }
}
