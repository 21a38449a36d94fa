package org.dyad.ladders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.data.Tsv;

/**
 * The partnership ladders of {@code dyad/ladders/ladders.tsv}: every country's rungs in order and the phrases that
 * name them, and the search for rung names in text.
 *
 * <p>Phrases are compared through the word classes of {@code words.tsv}: case, plurals, "partner" for
 * "partnership", word order, one typo in long words and the synonyms listed there ("complete" for "comprehensive",
 * "companions" for "partners") do not matter; any other word breaks a name, so "Regional Comprehensive Economic
 * Partnership" or "strategic trust" name no rung. Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class Ladders {
    /** The data files the partnership stage reads, for {@code org.dyad.PipelineVersion.DATA_FILES}. */
    public static final List<String> DATA_FILES = List.of("dyad/ladders/ladders.tsv", "dyad/ladders/words.tsv",
            "dyad/ladders/cues.tsv", "dyad/ladders/history.tsv");

    private static volatile Ladders standard;

    /** Where a tier word puts a rung ("top tier", "middle rung", "third-tier", "the lowest of the three rungs"). */
    public enum Tier { TOP, MIDDLE, SECOND, THIRD, BOTTOM }

    /** A rung one phrase may name, and whether the phrase is too common to trust without reference support. */
    public record Candidate(Rung rung, boolean strict) {
    }

    /**
     * A rung name or tier word found in text.
     *
     * @param start       char offset of the first word
     * @param end         char offset after the last word
     * @param key         the phrase's word classes ({@code COMPREHENSIVE+HEAD_PARTNER+STRATEGIC}); null for a tier
     * @param candidates  the rungs, on every ladder, a phrase names (empty for a tier)
     * @param tier        the place a tier word names, or null for a phrase
     * @param plural      the head is plural ("strategic partners"): a count or a group
     * @param descriptive a word such as "key" or "important" stands right before it
     */
    public record Mention(int start, int end, String text, String key, List<Candidate> candidates, Tier tier,
                          boolean plural, boolean descriptive) {
        public Mention {
            candidates = List.copyOf(candidates);
        }

        /** The rung this mention names on {@code owner}'s ladder, if any. */
        public Optional<Candidate> on(String owner) {
            return candidates.stream().filter(c -> c.rung().ladder().equals(owner)).findFirst();
        }
    }

    private final Words words;
    private final Map<String, Ladder> ladders;
    private final Map<String, Rung> rungs;
    private final Map<String, List<Candidate>> byKey;

    private Ladders(Words words, Tsv tsv) {
        this.words = words;
        Map<String, List<Rung>> perOwner = new LinkedHashMap<>();
        Map<String, Rung> all = new LinkedHashMap<>();
        Map<String, List<Candidate>> keys = new LinkedHashMap<>();
        for (Tsv.Row row : tsv.rows()) {
            Rung rung = rung(row);
            if (all.put(rung.id(), rung) != null) {
                throw row.error("rung id " + rung.id() + " is used twice");
            }
            perOwner.computeIfAbsent(rung.ladder(), k -> new ArrayList<>()).add(rung);
            for (String phrase : row.list("phrases")) {
                boolean strict = phrase.startsWith("~");
                String key = key(strict ? phrase.substring(1) : phrase, row);
                List<Candidate> list = keys.computeIfAbsent(key, k -> new ArrayList<>());
                for (Candidate c : list) {
                    if (c.rung().ladder().equals(rung.ladder()) && !c.rung().id().equals(rung.id())) {
                        throw row.error("phrase \"" + phrase + "\" reads the same as a phrase of " + c.rung().id()
                                + " (" + key + "); phrases must be unique within a ladder");
                    }
                }
                if (list.stream().noneMatch(c -> c.rung().id().equals(rung.id()))) {
                    list.add(new Candidate(rung, strict));
                }
            }
        }
        Map<String, Ladder> ls = new LinkedHashMap<>();
        perOwner.forEach((owner, list) -> {
            List<Rung> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(Rung::rank));
            ls.put(owner, new Ladder(owner, sorted));
        });
        for (Rung r : all.values()) {
            for (String c : r.counts()) {
                if (!all.containsKey(c)) {
                    throw new IllegalArgumentException("dyad/ladders/ladders.tsv: rung " + r.id() + " counts unknown rung " + c);
                }
            }
        }
        this.ladders = Collections.unmodifiableMap(ls);
        this.rungs = Collections.unmodifiableMap(all);
        Map<String, List<Candidate>> frozen = new LinkedHashMap<>();
        keys.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byKey = Collections.unmodifiableMap(frozen);
    }

    /** The ladders shipped with dyad. */
    public static Ladders standard() {
        Ladders l = standard;
        if (l == null) {
            synchronized (Ladders.class) {
                l = standard;
                if (l == null) {
                    l = load("dyad/ladders/ladders.tsv", "dyad/ladders/words.tsv");
                    standard = l;
                }
            }
        }
        return l;
    }

    /** Ladders from two classpath resources (tests use their own). */
    static Ladders load(String laddersResource, String wordsResource) {
        return new Ladders(Words.load(wordsResource), Tsv.resource(laddersResource, "ladder", "rank", "rung", "name",
                "phrases", "counts", "notes"));
    }

    private static Rung rung(Tsv.Row row) {
        String ladder = row.get("ladder");
        String id = row.get("rung");
        if (!id.startsWith(ladder + ":")) {
            throw row.error("rung id " + id + " must start with its ladder, " + ladder + ":");
        }
        int rank;
        try {
            rank = Integer.parseInt(row.get("rank"));
        } catch (NumberFormatException e) {
            throw row.error("rank must be a whole number (1 = top, 0 = outside the ranked ladder), got \""
                    + row.get("rank") + "\"");
        }
        List<String> counts = new ArrayList<>(row.list("counts"));
        if (counts.isEmpty()) {
            counts.add(id);
        }
        return new Rung(id, ladder, rank, row.get("name"), counts, row.get("notes"));
    }

    private String key(String phrase, Tsv.Row row) {
        List<Words.Word> ws = words.words(phrase);
        Set<String> classes = new TreeSet<>();
        int heads = 0;
        for (Words.Word w : ws) {
            if (w.lower().equals("and") || w.lower().equals("of") || w.lower().equals("for")
                    || w.lower().equals("a") || w.lower().equals("the")) {
                continue;
            }
            if (w.cls() == null || !w.isNamePart()) {
                throw row.error("phrase \"" + phrase + "\": \"" + w.lower() + "\" is not in words.tsv (add it there)");
            }
            heads += w.isHead() ? 1 : 0;
            classes.add(w.cls());
        }
        if (heads != 1) {
            throw row.error("phrase \"" + phrase + "\" needs exactly one head word (partnership, partner, relations, "
                    + "ally...), has " + heads);
        }
        return String.join("+", classes);
    }

    public List<Ladder> ladders() {
        return List.copyOf(ladders.values());
    }

    public Optional<Ladder> ladder(String owner) {
        return Optional.ofNullable(ladders.get(owner));
    }

    public Optional<Rung> rung(String id) {
        return Optional.ofNullable(rungs.get(id));
    }

    /**
     * The rung a tier word names on {@code owner}'s ladder ("top tier" = rank 1, "lowest" = the last rung); ladders
     * of fewer than three ranked rungs have no tiers.
     */
    public Optional<Rung> rung(String owner, Tier tier) {
        Ladder l = ladders.get(owner);
        if (l == null || l.depth() < 3) {
            return Optional.empty(); // a two-rung list (the U.S. alliances) has no tiers to speak of
        }
        return switch (tier) {
            case TOP -> l.byRank(1);
            case MIDDLE, SECOND -> l.byRank(2);
            case THIRD -> l.byRank(3);
            case BOTTOM -> l.bottom();
        };
    }

    /** Every rung, on every ladder, that {@code phrase} names exactly as a whole (strict phrases included). */
    public List<Rung> lookup(String phrase) {
        List<Mention> found = find(phrase);
        if (found.size() != 1 || found.get(0).tier() != null) {
            return List.of();
        }
        Mention m = found.get(0);
        if (!phrase.strip().replaceAll("^[\\p{Punct}\\s\u201c\u201d]+|[\\p{Punct}\\s\u201c\u201d]+$", "")
                .equalsIgnoreCase(m.text())) {
            return List.of();
        }
        return m.candidates().stream().map(Candidate::rung).toList();
    }

    /** The rung {@code phrase} names on {@code owner}'s ladder. */
    public Optional<Rung> lookup(String owner, String phrase) {
        return lookup(phrase).stream().filter(r -> r.ladder().equals(owner)).findFirst();
    }

    /**
     * The rung names and tier words in {@code text}, left to right. A name followed by a word such as "Council" or
     * "Forum" is the name of something else and is left out.
     */
    public List<Mention> find(String text) {
        List<Words.Word> ws = words.words(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            Words.Word w = ws.get(i);
            if (w.isTier()) {
                int next = tier(text, ws, i, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (!w.isNamePart()) {
                i++;
                continue;
            }
            int end = run(ws, i);
            segments(text, ws, i, end, out);
            i = end;
        }
        return out;
    }

    /** The index after the run of name words starting at {@code i} (connectors "and", "of coordination" included). */
    private static int run(List<Words.Word> ws, int i) {
        int k = i + 1;
        while (k < ws.size() && joined(ws.get(k).before())) {
            Words.Word w = ws.get(k);
            if (w.isNamePart()) {
                k++;
            } else if (w.lower().equals("and") && k + 1 < ws.size() && ws.get(k + 1).isNamePart()
                    && joined(ws.get(k + 1).before())) {
                k++;
            } else if (w.lower().equals("of") || w.lower().equals("for")) {
                int j = k + 1;
                if (j < ws.size() && Set.of("a", "an", "the").contains(ws.get(j).lower())) {
                    j++;
                }
                if (j < ws.size() && ("COORDINATION".equals(ws.get(j).cls()) || "NEW_ERA".equals(ws.get(j).cls()))) {
                    k = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean joined(String gap) {
        return gap.matches("[\\s\\-\u2010\u2011\"\u201c\u201d\u2018\u2019']*") && !gap.contains("\n\n");
    }

    /** Splits the run [from, to) so that each part has one head, and adds the parts that name a rung. */
    private void segments(String text, List<Words.Word> ws, int from, int to, List<Mention> out) {
        List<Integer> heads = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (ws.get(k).isHead()) {
                heads.add(k);
            }
        }
        int start = from;
        for (int h = 0; h < heads.size(); h++) {
            int end = h == heads.size() - 1 ? to : heads.get(h) + 1;
            mention(text, ws, start, end, heads.get(h), out);
            start = end;
        }
    }

    private void mention(String text, List<Words.Word> ws, int from, int to, int head, List<Mention> out) {
        Set<String> classes = new TreeSet<>();
        int first = -1;
        int last = -1;
        for (int k = from; k < to; k++) {
            Words.Word w = ws.get(k);
            if (w.isNamePart()) {
                classes.add(w.cls());
                first = first < 0 ? k : first;
                last = k;
            }
        }
        String key = String.join("+", classes);
        List<Candidate> found = byKey.getOrDefault(key, List.of());
        if (found.isEmpty()) {
            return;
        }
        if (to < ws.size() && Words.BODY.equals(ws.get(to).cls()) && joined(ws.get(to).before())) {
            return;
        }
        boolean descriptive = first > 0 && Words.DESCRIPTIVE.equals(ws.get(first - 1).cls());
        Words.Word h = ws.get(head);
        boolean plural = h.lower().endsWith("s") && !h.lower().endsWith("ss") && !h.lower().equals("relations")
                && !h.lower().equals("ties");
        int s = ws.get(first).start();
        int e = ws.get(last).end();
        out.add(new Mention(s, e, text.substring(s, e), key, found, null, plural, descriptive));
    }

    /** A tier word at {@code i} followed by its noun: adds the mention and returns the index after it, else i. */
    private static int tier(String text, List<Words.Word> ws, int i, List<Mention> out) {
        if (i + 1 >= ws.size()) {
            return i;
        }
        Words.Word pos = ws.get(i);
        int n = i + 1;
        // "the lowest of the three rungs"
        while (n < ws.size() && n <= i + 3 && Set.of("of", "the", "two", "three", "four", "five")
                .contains(ws.get(n).lower())) {
            n++;
        }
        if (n >= ws.size() || n > i + 1 && !ws.get(n - 1).lower().matches("two|three|four|five")) {
            return i;
        }
        // "the highest diplomatic status", "the top formal tier"
        if (n == i + 1 && n + 1 < ws.size() && Set.of("diplomatic", "formal", "official").contains(ws.get(n).lower())
                && Words.TIER_NOUN.equals(ws.get(n + 1).cls())) {
            n++;
        }
        Words.Word noun = ws.get(n);
        if (!Words.TIER_NOUN.equals(noun.cls()) || !noun.before().matches("[\\s\\-\u2010\u2011]+")) {
            return i;
        }
        Tier tier = switch (pos.cls()) {
            case "TIER_TOP" -> Set.of("tier", "tiers", "rung", "level", "category", "circle", "class", "status")
                    .contains(noun.lower()) ? Tier.TOP : null;
            case "TIER_HIGH" -> Set.of("class", "category", "tier", "rung").contains(noun.lower()) ? Tier.TOP : null;
            case "TIER_FIRST" -> noun.lower().equals("tier") ? Tier.TOP : null;
            case "TIER_MIDDLE" -> Set.of("tier", "rung", "level", "step", "category").contains(noun.lower())
                    ? Tier.MIDDLE : null;
            case "TIER_SECOND" -> Set.of("tier", "rung").contains(noun.lower()) ? Tier.SECOND : null;
            case "TIER_THIRD" -> Set.of("tier", "rung").contains(noun.lower()) ? Tier.THIRD : null;
            case "TIER_BOTTOM" -> Set.of("tier", "rung", "rungs", "level").contains(noun.lower()) ? Tier.BOTTOM : null;
            default -> null;
        };
        if (tier == null) {
            return i;
        }
        int end = n + 1;
        if (end < ws.size() && Words.NOT_A_TIER_AFTER.equals(ws.get(end).cls())
                && ws.get(end).before().matches("[\\s\\-]+")) {
            return i;
        }
        int s = pos.start();
        int e = noun.end();
        out.add(new Mention(s, e, text.substring(s, e), null, List.of(), tier, false, false));
        return end;
    }
}
