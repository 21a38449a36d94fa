package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import org.dyad.model.Token;
import org.dyad.text.Span;

/**
 * Finds the title an article gives a person, before the name ("U.S. Secretary of State Antony Blinken", "Vietnam's
 * Foreign Minister Bui Thanh Son") or in an appositive after it ("Gregory Poling, director of the Southeast Asia
 * Program at CSIS,"). Offsets are cleaned-text char indices.
 */
final class TitleFinder {
    /** A title found for a name, and the country named in or before it ("U.S.", "Vietnam's"), if any. */
    record Found(Span span, String text, Title title, String country) {
    }

    private static final int MAX_APPOSITIVE_TOKENS = 24;
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");
    private static final int MAX_TITLE_OFFSET = 8;
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("who", "which", "that", "whose",
            "whom", "where", "when", "while", "whereas", "because", "although");
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    private final ActorDictionary dict;

    TitleFinder(ActorDictionary dict) {
        this.dict = dict;
    }

    /** A title ending just before {@code nameStart}, with an optional country word before it. */
    Found before(String text, String folded, List<Token> tokens, int nameFirstToken) {
        if (nameFirstToken == 0) {
            return null;
        }
        int end = tokens.get(nameFirstToken - 1).end();
        for (Title t : dict.titles()) {
            int start = end - t.text().length();
            if (start < 0 || !folded.startsWith(Names.fold(t.text()), start) || !tokenStart(tokens, start)) {
                continue;
            }
            int titleStart = start;
            String country = null;
            int k = tokenIndexStartingAt(tokens, start) - 1;
            // "Vietnam 's", "U.S.", "Vietnamese", optionally "Communist Party (VCP)"-style org words in between.
            if (k >= 0 && (tokens.get(k).word().equals("'s") || tokens.get(k).word().equals("’s"))) {
                k--;
            }
            if (k >= 0) {
                final int kEnd = tokens.get(k).end();
                for (Gazetteer.Match m : dict.gazetteer().longestAt(folded, firstTokenStartBefore(tokens, k, folded),
                        i -> i == kEnd)) {
                    if (m.entry().kind() == Entry.Kind.COUNTRY || m.entry().kind() == Entry.Kind.DEMONYM
                            || m.entry().kind() == Entry.Kind.ETHNIC) {
                        country = m.entry().code();
                        titleStart = m.start();
                        break;
                    }
                }
            }
            return new Found(new Span(titleStart, end), text.substring(titleStart, end), t, country);
        }
        return null;
    }

    /**
     * A title in an appositive: ", [a|an|the] ... TITLE ... ," right after the name, up to the next comma, closing
     * quote or sentence end. A known title (case-insensitive) must start within the first
     * {@value #MAX_TITLE_OFFSET} words, before any finite verb or relative pronoun (", who became president last
     * month," is a clause, not a title).
     */
    Found after(String text, List<Token> tokens, int nameLastToken, int sentenceEnd) {
        int i = nameLastToken + 1;
        if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return null;
        }
        i++;
        int first = i;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            i++;
        }
        int last = -1;
        for (int j = i; j < tokens.size() && j - first < MAX_APPOSITIVE_TOKENS; j++) {
            String w = tokens.get(j).word();
            if (w.equals(",") || w.equals(".") || w.equals("”") || w.equals("''") || w.equals(";") || w.equals("said")
                    || w.equals("says")) {
                break;
            }
            last = j;
        }
        if (last < i) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int j = i; j <= last && j - i <= MAX_TITLE_OFFSET; j++) {
            Token t = tokens.get(j);
            if (CLAUSE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos() != null && FINITE.contains(t.pos())) {
                return null;
            }
            for (Title title : dict.titles()) {
                String lt = title.text().toLowerCase(Locale.ROOT);
                int b = t.begin();
                if (lower.startsWith(lt, b) && b + lt.length() <= tokens.get(last).end()
                        && wordBoundary(lower, b, b + lt.length())) {
                    int start = tokens.get(first).begin();
                    int end = tokens.get(last).end();
                    return new Found(new Span(start, end), text.substring(start, end), title, null);
                }
            }
        }
        return null;
    }

    private static boolean wordBoundary(String s, int a, int b) {
        return (a == 0 || !Character.isLetter(s.charAt(a - 1))) && (b == s.length() || !Character.isLetter(s.charAt(b)));
    }

    private static boolean tokenStart(List<Token> tokens, int charIndex) {
        return tokenIndexStartingAt(tokens, charIndex) >= 0;
    }

    private static int tokenIndexStartingAt(List<Token> tokens, int charIndex) {
        for (Token t : tokens) {
            if (t.begin() == charIndex) {
                return t.index();
            }
        }
        return -1;
    }

    /** Start of the earliest token from which a dictionary string could end at token {@code k}; tries k-3..k. */
    private int firstTokenStartBefore(List<Token> tokens, int k, String folded) {
        for (int s = Math.max(0, k - 3); s <= k; s++) {
            final int end = tokens.get(k).end();
            if (!dict.gazetteer().longestAt(folded, tokens.get(s).begin(), i -> i == end).isEmpty()) {
                return tokens.get(s).begin();
            }
        }
        return tokens.get(k).begin();
    }
}
