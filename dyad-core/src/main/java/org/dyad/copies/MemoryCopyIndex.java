package org.dyad.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link CopyIndex} in memory: the bands in one open-addressing table of primitive longs and ints (about 16 bytes
 * a band, {@value Lsh#BANDS} bands an article), the entries in a list. Not thread-safe: use from one thread, or
 * lock around it.
 */
public final class MemoryCopyIndex implements CopyIndex {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, List<Integer>> stories = new HashMap<>();
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int used;
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
        Set<Integer> found = new LinkedHashSet<>();
        int mask = keys.length - 1;
        for (long k : Lsh.keys(s)) {
            int perBand = 0;
            for (int i = slot(k, mask); values[i] != 0 && found.size() < MAX_CANDIDATES; i = (i + 1) & mask) {
                if (keys[i] == k && perBand++ < MAX_CANDIDATES / 4) {
                    found.add(values[i] - 1);
                }
            }
        }
        List<Entry> out = new ArrayList<>(found.size());
        for (int id : found) {
            Entry e = entries.get(id);
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
        if (used * 10L >= keys.length * 6L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(k, mask);
        while (values[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = id + 1;
        used++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                put(oldKeys[i], oldValues[i] - 1);
            }
        }
    }

    private static int slot(long k, int mask) {
        return (int) (Signature.mix(k) & mask);
    }

    @Override
    public String toString() {
        return "MemoryCopyIndex[" + size() + " articles, " + used + " band entries, table " + Arrays.toString(
                new int[] {keys.length}) + "]";
    }
}
