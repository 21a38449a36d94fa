package org.dyad.ladders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.data.Tsv;

/**
 * The word classes of {@code dyad/ladders/words.tsv}: what each word of a rung name stands for, so that spun,
 * inflected and word-for-word translated names read the same ("complete strategic partners" is "comprehensive
 * strategic partnership"). Immutable and thread-safe.
 */
final class Words {
    static final String HEAD_PARTNER = "HEAD_PARTNER";
    static final String HEAD_RELATION = "HEAD_RELATION";
    static final String HEAD_ALLY = "HEAD_ALLY";
    static final String BODY = "BODY";
    static final String DESCRIPTIVE = "DESCRIPTIVE";
    static final String TIER_NOUN = "TIER_NOUN";
    static final String NOT_A_TIER_AFTER = "NOT_A_TIER_AFTER";

    /** Words of this length or more also match a known word one edit away ("comprehensve"). */
    static final int FUZZY_MIN = 8;

    /** One word of a text: its span, lower-cased form, class (or null) and what separates it from the previous. */
    record Word(int start, int end, String lower, String cls, String before) {
        boolean isHead() {
            return cls != null && cls.startsWith("HEAD_");
        }

        boolean isTier() {
            return cls != null && cls.startsWith("TIER_");
        }

        /** A word that can be part of a rung name (a head or a modifier). */
        boolean isNamePart() {
            return cls != null && !isTier() && !cls.equals(BODY) && !cls.equals(DESCRIPTIVE)
                    && !cls.equals(NOT_A_TIER_AFTER);
        }
    }

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, String> multi = new HashMap<>();
    private final int maxWords;

    private Words(Tsv tsv) {
        int max = 1;
        for (Tsv.Row row : tsv.rows()) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            String cls = row.get("class");
            if (word.isEmpty() || cls.isEmpty()) {
                throw row.error("a word and its class are both needed");
            }
            List<String> parts = split(word);
            String key = String.join(" ", parts);
            Map<String, String> target = parts.size() == 1 ? single : multi;
            String old = target.put(key, cls);
            if (old != null && !old.equals(cls)) {
                throw row.error("\"" + word + "\" is already of class " + old + "; a word may have one class only");
            }
            max = Math.max(max, parts.size());
        }
        this.maxWords = max;
    }

    static Words load(String resource) {
        return new Words(Tsv.resource(resource, "word", "class"));
    }

    /** The class of one lower-case word, allowing one typo in long words, or null. */
    String classOf(String lower) {
        String cls = single.get(lower);
        if (cls != null || lower.length() < FUZZY_MIN) {
            return cls;
        }
        for (Map.Entry<String, String> e : single.entrySet()) {
            if (e.getKey().length() >= FUZZY_MIN && oneEditApart(lower, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The words of {@code text} ({@code [\p{L}]+} runs), each with its class; known multi-word entries ("all
     * weather", "major non nato") become one word spanning their parts when only spaces or hyphens separate them.
     */
    List<Word> words(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int j = i;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                spans.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        List<Word> out = new ArrayList<>();
        int prevEnd = 0;
        for (int k = 0; k < spans.size(); k++) {
            int taken = 1;
            String cls = null;
            for (int n = Math.min(maxWords, spans.size() - k); n >= 2 && cls == null; n--) {
                if (joinable(text, spans, k, n)) {
                    StringBuilder sb = new StringBuilder();
                    for (int m = 0; m < n; m++) {
                        sb.append(m == 0 ? "" : " ").append(lower(text, spans.get(k + m)));
                    }
                    cls = multi.get(sb.toString());
                    if (cls != null) {
                        taken = n;
                    }
                }
            }
            int start = spans.get(k)[0];
            int end = spans.get(k + taken - 1)[1];
            String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
            if (cls == null) {
                cls = classOf(lower);
            }
            out.add(new Word(start, end, lower, cls, text.substring(prevEnd, start)));
            prevEnd = end;
            k += taken - 1;
        }
        return out;
    }

    private static boolean joinable(String text, List<int[]> spans, int k, int n) {
        for (int m = 1; m < n; m++) {
            String gap = text.substring(spans.get(k + m - 1)[1], spans.get(k + m)[0]);
            if (!gap.equals(" ") && !gap.equals("-") && !gap.equals("\u2010") && !gap.equals("\u2011")) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    /** The lower-case letter runs of a phrase as written in a data file. */
    static List<String> split(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String p : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** One edit apart, and not equal. */
    static boolean oneEditApart(String a, String b) {
        return !a.equals(b) && org.dyad.text.Edits.atMostOne(a, b);
    }
}
