package org.dyad.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CopyIndex} in memory: each distinct band key has one slot in an open-addressing table of primitive longs,
 * pointing at a chain of postings (newest first) in int arrays; about 20 bytes a band, {@value Lsh#BANDS} bands an
 * article. A look-up reads at most {@link #PER_BAND} postings of a band, so a crowded band (names every article
 * has) costs no more than a rare one. Not thread-safe: use from one thread, or lock around it.
 */
public final class MemoryCopyIndex implements CopyIndex {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, List<Integer>> stories = new HashMap<>();
    /** Most postings read per band in a look-up. */
    public static final int PER_BAND = 8;
    /**
     * A band shared by more articles than this is skipped in look-ups, like a stop word: it is made of what many
     * articles have (the commonest names) and says nothing about copying.
     */
    public static final int CROWDED = 32;

    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int[] sizes = new int[1 << 12];
    private int used;
    private int[] postArticle = new int[1 << 12];
    private int[] postNext = new int[1 << 12];
    private int postings;
    private int nextStory = 1;

    @Override
    public void add(Entry entry) {
        Integer old = byKey.get(entry.key());
        if (old != null) {
            Entry prev = entries.set(old, null);
            List<Integer> members = stories.get(prev.story());
            if (members != null) {
                members.remove(old);
            }
        }
        int id = entries.size();
        entries.add(entry);
        byKey.put(entry.key(), id);
        stories.computeIfAbsent(entry.story(), s -> new ArrayList<>()).add(id);
        for (long k : Lsh.keys(entry.signature())) {
            put(k, id);
        }
    }

    @Override
    public List<Entry> candidates(Signature s, String exceptKey) {
        int[] found = new int[MAX_CANDIDATES];
        int nFound = 0;
        long[] seen = new long[Integer.highestOneBit(MAX_CANDIDATES) * 4];
        int seenMask = seen.length - 1;
        int mask = keys.length - 1;
        for (long k : Lsh.keys(s)) {
            int i = slot(k, mask);
            while (heads[i] != 0 && keys[i] != k) {
                i = (i + 1) & mask;
            }
            if (sizes[i] > CROWDED) {
                continue;
            }
            int read = 0;
            for (int p = heads[i]; p != 0 && read < PER_BAND && nFound < MAX_CANDIDATES; p = postNext[p - 1]) {
                int id = postArticle[p - 1];
                int j = (int) (Signature.mix(id) & seenMask);
                while (seen[j] != 0 && seen[j] != id + 1L) {
                    j = (j + 1) & seenMask;
                }
                if (seen[j] == 0) {
                    seen[j] = id + 1L;
                    found[nFound++] = id;
                }
                read++;
            }
        }
        List<Entry> out = new ArrayList<>(nFound);
        for (int f = 0; f < nFound; f++) {
            Entry e = entries.get(found[f]);
            if (e != null && !e.key().equals(exceptKey)) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public Optional<Entry> get(String key) {
        Integer id = byKey.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id));
    }

    @Override
    public List<Entry> story(String story) {
        List<Entry> out = new ArrayList<>();
        for (int id : stories.getOrDefault(story, List.of())) {
            out.add(entries.get(id));
        }
        return out;
    }

    @Override
    public String newStory() {
        return Integer.toString(nextStory++);
    }

    @Override
    public int size() {
        return byKey.size();
    }

    private void put(long k, int id) {
        if (postings == postArticle.length) {
            postArticle = Arrays.copyOf(postArticle, postings * 2);
            postNext = Arrays.copyOf(postNext, postings * 2);
        }
        if (used * 10L >= keys.length * 6L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(k, mask);
        while (heads[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (heads[i] == 0) {
            keys[i] = k;
            used++;
        }
        postArticle[postings] = id;
        postNext[postings] = heads[i];
        heads[i] = ++postings;
        sizes[i]++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        sizes = new int[oldSizes.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldHeads[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (heads[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
                sizes[i] = oldSizes[j];
            }
        }
    }

    private static int slot(long k, int mask) {
        return (int) (Signature.mix(k) & mask);
    }

    @Override
    public String toString() {
        return "MemoryCopyIndex[" + size() + " articles, " + used + " band keys, " + postings + " postings]";
    }
}
