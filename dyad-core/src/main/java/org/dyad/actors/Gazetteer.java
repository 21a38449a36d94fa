package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary strings in text, longest first, only where they start at a token start and end at a token end.
 * Matching is case-sensitive on text folded by {@link Names#fold} (so "People’s" matches "People's").
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {
    private static final int KEY = 2;
    /** Shortest country name (in letters) whose misspellings are looked for. */
    static final int MIN_MISSPELT = 5;
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    /** One-word names of countries and ethnic groups of {@link #MIN_MISSPELT} letters or more, for {@link #misspelt}. */
    private final List<Entry> oneWordNames = new ArrayList<>();

    /** A dictionary string found at [start, end) of the searched text. */
    public record Match(int start, int end, Entry entry) {
    }

    Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            String f = Names.fold(e.text());
            if (f.length() < KEY) {
                continue;
            }
            Entry folded = new Entry(f, e.kind(), e.code(), e.name(), e.sector(), e.source());
            byPrefix.computeIfAbsent(f.substring(0, KEY), k -> new ArrayList<>()).add(folded);
            if ((e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.ETHNIC) && f.length() >= MIN_MISSPELT
                    && f.chars().allMatch(Character::isLetter)) {
                oneWordNames.add(folded);
            }
        }
        for (List<Entry> l : byPrefix.values()) {
            l.sort(Comparator.comparingInt((Entry e) -> e.text().length()).reversed());
        }
    }

    /**
     * The longest dictionary strings in {@code folded} starting at {@code start}, ending at one of the token ends
     * ({@code isTokenEnd}); several when one string has several entries (a capital that is also a demonym...).
     */
    public List<Match> longestAt(String folded, int start, java.util.function.IntPredicate isTokenEnd) {
        if (start + KEY > folded.length()) {
            return List.of();
        }
        List<Entry> cands = byPrefix.get(folded.substring(start, start + KEY));
        if (cands == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        int best = -1;
        for (Entry e : cands) {
            int len = e.text().length();
            if (best >= 0 && len < best) {
                break;
            }
            if (folded.startsWith(e.text(), start) && isTokenEnd.test(start + len)) {
                best = len;
                out.add(new Match(start, start + len, e));
            }
        }
        return out;
    }

    /**
     * The country or ethnic group a one-word name is a misspelling of: one letter added, dropped or swapped with its
     * neighbour ("Ethopia", "Quatar", "Chenchen"), when exactly one country's or group's name is that close; null
     * otherwise, and for words of fewer than {@link #MIN_MISSPELT} letters. The caller decides when a word may be such
     * a name at all.
     */
    public Entry misspelt(String folded) {
        if (folded.length() < MIN_MISSPELT) {
            return null;
        }
        Entry found = null;
        for (Entry e : oneWordNames) {
            if (org.dyad.text.Edits.oneSlip(folded, e.text())) {
                if (found != null && !(found.code().equals(e.code()) && found.kind() == e.kind())) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
