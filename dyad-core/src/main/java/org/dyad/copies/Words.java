package org.dyad.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a text into normalised words: runs of letters and digits, case folded, diacritics removed. Each word also
 * carries its synonym class (from {@value #SYNONYMS}) and whether it was capitalised in the text. Stateless and
 * thread-safe.
 */
public final class Words {
    /** The synonym classes, one per line: every word of a line maps to its first word. */
    public static final String SYNONYMS = "/dyad/copies/synonyms.tsv";

    /** Function words that carry no content; left out of the word and name signatures. */
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or",
            "but", "with", "by", "from", "as", "is", "was", "were", "be", "been", "are", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "his", "her", "their", "our", "not", "no", "had", "has",
            "have", "will", "would", "which", "who", "after", "before", "than", "then", "there", "when", "while",
            "i", "you", "if", "so", "s", "t", "into", "over", "up", "also", "mr", "ms", "mrs");

    private static final Map<String, String> CLASSES = load();

    /**
     * One word: its folded form, its synonym class, whether it started with a capital letter (or is a number), and
     * its span [start, end) in the text (UTF-16 offsets).
     */
    public record Word(String folded, String cls, boolean capitalised, boolean number, int start, int end) {
    }

    private Words() {
    }

    /** The words of {@code text}, in order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>(text.length() / 6 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            String folded = ascii ? lower(text, start, i) : fold(text.substring(start, i));
            if (folded.isEmpty()) {
                continue;
            }
            boolean number = Character.isDigit(c);
            out.add(new Word(folded, CLASSES.getOrDefault(folded, folded), Character.isUpperCase(c) || number,
                    number, start, i));
        }
        return out;
    }

    private static String lower(String text, int from, int to) {
        char[] buf = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            buf[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(buf);
    }

    /** Lower case without diacritics ({@code Phạm} becomes {@code pham}; {@code đ} becomes {@code d}). */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' || c == 'Đ' ? 'd' : c == 'ø' ? 'o' : c == 'ł' ? 'l' : c);
        }
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every word that has a synonym class, with its class (the first word of its line). */
    static Map<String, String> classes() {
        return CLASSES;
    }

    /** The synonym class of a folded word (the word itself when it has none). */
    public static String synonymClass(String folded) {
        return CLASSES.getOrDefault(folded, folded);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Words.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.strip().split("\t");
                for (String w : words) {
                    String prev = out.put(w, words[0]);
                    if (prev != null) {
                        throw new IllegalStateException(SYNONYMS + " line " + lineNo + ": \"" + w
                                + "\" is already in the class of \"" + prev + "\"; a word may be in one class only");
                    }
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SYNONYMS, e);
        }
    }
}
