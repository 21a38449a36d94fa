package org.dyad.copies.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dyad.Layers;
import org.dyad.clean.CleanStage;
import org.dyad.copies.Classifier;
import org.dyad.copies.CopyIndex;
import org.dyad.copies.CopyType;
import org.dyad.copies.MemoryCopyIndex;
import org.dyad.copies.Signature;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.MetadataStage;
import org.dyad.read.ReadStage;

/**
 * Measures copy detection on a set generated from articles: for each source article, an exact copy (other spacing
 * and case), three near copies (other boilerplate, paragraphs reordered, cut to {@value #TRUNCATE} of its
 * sentences), a spun copy ({@link Variants#spin}) and a crude round-trip translation ({@link Variants#translate});
 * plus known pairs given by the caller (a real spun copy, a real translation, same-story reports). Every other pair
 * of articles from different families is a true negative (the examples are mostly about Vietnam's partnerships, so
 * these are same-topic negatives). Detection runs as at ingest: LSH look-up in a {@link MemoryCopyIndex}, then
 * {@link Classifier}. Pairs inside one family other than the known ones (two variants of one source) are not scored.
 */
public final class CopyEval {
    /** Share of sentences a truncated copy keeps. */
    public static final double TRUNCATE = 0.6;
    /** Share of the spinner's words a spun copy replaces. */
    public static final double SPIN_RATE = 0.9;

    /** One article: a name, its family (the source it copies, or itself), its cleaned text. */
    public record Item(String name, String family, String text) {
    }

    /** A scored pair with its gold and predicted type (null: not a copy) and the transformation that made it. */
    public record Pair(Item a, Item b, CopyType gold, CopyType predicted, String how) {
    }

    /** Counts per type, and the pairs that went wrong. */
    public record Report(Map<CopyType, int[]> counts, Map<String, int[]> recallByHow, List<Pair> errors,
                         int items, int pairs) {
        /** Precision of a type, or NaN when nothing was predicted as it. */
        public double precision(CopyType t) {
            int[] c = counts.get(t);
            return c[0] + c[1] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[1]);
        }

        /** Recall of a type, or NaN when there is no gold pair of it. */
        public double recall(CopyType t) {
            int[] c = counts.get(t);
            return c[0] + c[2] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[2]);
        }

        /** The figures as a table. */
        public String format() {
            StringBuilder sb = new StringBuilder(String.format("%d articles, %d scored pairs%n", items, pairs));
            sb.append(String.format("%-11s %5s %5s %5s %9s %6s%n", "type", "tp", "fp", "fn", "precision", "recall"));
            for (CopyType t : CopyType.values()) {
                int[] c = counts.get(t);
                sb.append(String.format("%-11s %5d %5d %5d %9.3f %6.3f%n", t.label(), c[0], c[1], c[2], precision(t),
                        recall(t)));
            }
            sb.append("recall by transformation (detected as the right type / pairs):\n");
            recallByHow.forEach((how, c) -> sb.append(String.format("  %-22s %3d / %3d%n", how, c[0], c[1])));
            return sb.toString();
        }
    }

    private CopyEval() {
    }

    /** The generated set for {@code sources}: each source, then its variants (family = the source's name). */
    public static Map<Item, String> generate(List<Item> sources, long seed) {
        Map<Item, String> out = new LinkedHashMap<>();
        SplittableRandom r = new SplittableRandom(seed);
        for (Item s : sources) {
            out.put(s, "source");
            String t = s.text();
            out.put(new Item(s.name() + "~exact", s.family(), Variants.exact(t)), "exact");
            out.put(new Item(s.name() + "~boilerplate", s.family(), Variants.boilerplate(t, r)), "near:boilerplate");
            out.put(new Item(s.name() + "~reorder", s.family(), Variants.reorder(t, r)), "near:reorder");
            out.put(new Item(s.name() + "~truncate", s.family(), Variants.truncate(t, TRUNCATE)), "near:truncate");
            out.put(new Item(s.name() + "~spun", s.family(), Variants.spin(t, SPIN_RATE, r)), "spun");
            out.put(new Item(s.name() + "~translated", s.family(), Variants.translate(t, r)), "translated");
        }
        return out;
    }

    /**
     * Runs detection over the generated set plus {@code known} pairs (name of a → name of b → gold type; both must be
     * among {@code extra} or the sources).
     */
    public static Report run(List<Item> sources, List<Item> extra, Map<Set<String>, CopyType> known, long seed) {
        Map<Item, String> items = generate(sources, seed);
        for (Item e : extra) {
            items.put(e, "known");
        }
        List<Item> all = new ArrayList<>(items.keySet());
        Map<String, Signature> sigs = new HashMap<>();
        MemoryCopyIndex index = new MemoryCopyIndex();
        for (Item it : all) {
            Signature s = Signature.of(it.text());
            sigs.put(it.name(), s);
            index.add(new CopyIndex.Entry(it.name(), it.name(), null, s, it.family()));
        }
        Map<Set<String>, CopyType> predicted = new HashMap<>();
        for (Item it : all) {
            Signature s = sigs.get(it.name());
            for (CopyIndex.Entry e : index.candidates(s, it.name())) {
                Classifier.classify(s, e.signature()).ifPresent(m -> predicted.put(Set.of(it.name(), e.key()),
                        m.type()));
            }
        }
        Map<CopyType, int[]> counts = new EnumMap<>(CopyType.class);
        for (CopyType t : CopyType.values()) {
            counts.put(t, new int[3]);
        }
        Map<String, int[]> byHow = new LinkedHashMap<>();
        List<Pair> errors = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Item a = all.get(i);
                Item b = all.get(j);
                Set<String> key = Set.of(a.name(), b.name());
                String how;
                CopyType gold;
                if (known.containsKey(key)) {
                    gold = known.get(key);
                    how = "known:" + gold.label();
                } else if (a.family().equals(b.family())) {
                    boolean sourcePair = items.get(a).equals("source") && !items.get(b).equals("known");
                    if (!sourcePair) {
                        continue;
                    }
                    how = items.get(b);
                    gold = CopyType.of(how.replaceAll(":.*", ""));
                } else if (known.keySet().stream().anyMatch(k -> k.contains(a.family()) && k.contains(b.family()))) {
                    continue;
                } else {
                    how = "negative";
                    gold = null;
                }
                pairs++;
                CopyType pred = predicted.get(key);
                if (gold != null) {
                    int[] h = byHow.computeIfAbsent(how, k -> new int[2]);
                    h[1]++;
                    if (gold == pred) {
                        h[0]++;
                    }
                } else {
                    int[] h = byHow.computeIfAbsent("negative (no link)", k -> new int[2]);
                    h[1]++;
                    if (pred == null) {
                        h[0]++;
                    }
                }
                if (gold == pred) {
                    if (gold != null) {
                        counts.get(gold)[0]++;
                    }
                    continue;
                }
                if (pred != null) {
                    counts.get(pred)[1]++;
                }
                if (gold != null) {
                    counts.get(gold)[2]++;
                }
                errors.add(new Pair(a, b, gold, pred, how));
            }
        }
        return new Report(counts, byHow, errors, all.size(), pairs);
    }

    /** The cleaned text of each file in {@code dir} (read, clean and metadata stages only; no NLP). */
    public static List<Item> load(Path dir) throws IOException {
        Pipeline p = Pipeline.of(Set.of(Layers.SOURCE), List.of(new ReadStage(10_000_000), new CleanStage(),
                new MetadataStage()));
        List<Item> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().matches(".*\\.(txt|html)$")).sorted().toList()) {
                String name = f.getFileName().toString().replaceAll("\\.(txt|html)$", "");
                Doc d = new Doc(name);
                d.put(Layers.SOURCE, new Source(name, Files.readAllBytes(f), Map.of()));
                try {
                    out.add(new Item(name, name, p.process(d).get(Layers.CLEAN).text()));
                } catch (BadInputException e) {
                    throw new IOException(f + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * The evaluation on the examples folder: 06 is a known spun copy of 05, 09 a known translation of 08, and 01
     * and 02 are two reports of Blinken's April 2023 visit (same story). Prints the report; with a second argument,
     * appends it to that file.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        List<Item> loaded = load(dir);
        Map<String, String> familyOf = Map.of("06", "05", "09", "08");
        List<Item> sources = new ArrayList<>();
        List<Item> extra = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Item it : loaded) {
            String num = it.name().substring(0, 2);
            names.put(num, it.name());
            if (familyOf.containsKey(num)) {
                extra.add(it);
            } else {
                sources.add(it);
            }
        }
        List<Item> fixed = new ArrayList<>();
        for (Item e : extra) {
            fixed.add(new Item(e.name(), names.get(familyOf.get(e.name().substring(0, 2))), e.text()));
        }
        Map<Set<String>, CopyType> known = new HashMap<>();
        known.put(Set.of(names.get("05"), names.get("06")), CopyType.SPUN);
        known.put(Set.of(names.get("08"), names.get("09")), CopyType.TRANSLATED);
        known.put(Set.of(names.get("01"), names.get("02")), CopyType.SAME_STORY);
        Report r = run(sources, fixed, known, 6);
        StringBuilder sb = new StringBuilder(r.format());
        sb.append("errors:\n");
        for (Pair p : r.errors()) {
            sb.append(String.format("  %s ~ %s: gold %s, predicted %s (%s)%n", p.a().name(), p.b().name(),
                    Optional.ofNullable(p.gold()).map(CopyType::label).orElse("none"),
                    Optional.ofNullable(p.predicted()).map(CopyType::label).orElse("none"), p.how()));
        }
        System.out.print(sb);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), sb, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
