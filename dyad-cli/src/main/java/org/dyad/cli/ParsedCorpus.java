package org.dyad.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.actors.ActorStage;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.MetaValue;
import org.dyad.model.Sentence;
import org.dyad.model.Source;
import org.dyad.model.TimeExpr;
import org.dyad.nlp.Dyad;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.text.CleanText;

/**
 * Articles already run through the standard pipeline up to actor resolution, kept as plain records so that the
 * event coder can be run (and timed, and tuned) on them without the language models. Can be saved as JSON and
 * read back; a document made from it holds every layer {@link org.dyad.events.EventStage} requires.
 */
final class ParsedCorpus {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One parsed article: the original and cleaned text (with the map between them) and the layers. */
    record Parsed(String id, String original, String clean, int[] origStart, int[] origEnd, String published,
                  List<Sentence> sentences, List<TimeExpr> times, List<Entity> entities, String key) {

        /** The same article, marked as parsed from the text with this cache key ({@link #key(Text)}). */
        Parsed withKey(String k) {
            return new Parsed(id, original, clean, origStart, origEnd, published, sentences, times, entities, k);
        }

        /** A fresh document holding this article's layers. */
        Doc doc() {
            CleanText.Builder b = new CleanText.Builder(original);
            for (int i = 0; i < clean.length(); i++) {
                b.append(clean.charAt(i), origStart[i], origEnd[i]);
            }
            Doc d = new Doc(id);
            d.put(Layers.CLEAN, b.build());
            d.put(Layers.META, new ArticleMeta(published == null ? Map.of()
                    : Map.of("published", new MetaValue(published, "flag", null))));
            d.put(Layers.SENTENCES, sentences);
            d.put(Layers.TIMES, times);
            d.put(Layers.ENTITIES, entities);
            return d;
        }

        static Parsed of(Doc d) {
            CleanText c = d.get(Layers.CLEAN);
            int[] s = new int[c.length()];
            int[] e = new int[c.length()];
            for (int i = 0; i < c.length(); i++) {
                s[i] = c.origStart(i);
                e[i] = c.origEnd(i);
            }
            return new Parsed(d.id(), c.original(), c.text(), s, e, d.get(Layers.META).value("published"),
                    d.get(Layers.SENTENCES), d.get(Layers.TIMES), d.get(Layers.ENTITIES), null);
        }
    }

    /** A text to parse: its id, bytes and command-line hints (e.g. {@code published}). */
    record Text(String id, byte[] bytes, Map<String, String> hints) {
    }

    private ParsedCorpus() {
    }

    /** Runs the standard pipeline (no fact stages) over the texts; inputs that fail are reported and skipped. */
    static List<Parsed> parse(Dyad dyad, List<Text> texts, java.io.PrintWriter err) {
        List<Parsed> out = new ArrayList<>();
        for (Text t : texts) {
            try {
                out.add(Parsed.of(dyad.processDoc(new Source(t.id(), t.bytes(), t.hints()))).withKey(key(t)));
            } catch (BadInputException e) {
                err.println("dyad: " + t.id() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * The texts parsed with the standard pipeline, each read from {@code cache} when it holds that text (same id,
     * bytes and hints), the others parsed and added to it; the cache keeps every text it ever held, so scoring two
     * gold files in turn parses each once ({@code cache} may be null: no cache). Cached articles get their actors
     * resolved again by the current dictionaries.
     */
    static List<Parsed> parseCached(Path cache, List<Text> texts, java.io.PrintWriter err) throws IOException {
        Map<String, Parsed> byKey = new LinkedHashMap<>();
        if (cache != null && Files.isRegularFile(cache)) {
            for (Parsed p : load(cache)) {
                if (p.key() != null) {
                    byKey.put(p.key(), p);
                }
            }
        }
        List<Text> missing = texts.stream().filter(t -> !byKey.containsKey(key(t))).toList();
        if (!missing.isEmpty()) {
            for (Parsed p : parse(Dyad.standard(), missing, err)) {
                byKey.put(p.key(), p);
            }
            if (cache != null) {
                save(new ArrayList<>(byKey.values()), cache);
            }
        }
        List<Parsed> out = new ArrayList<>();
        for (Text t : texts) {
            Parsed p = byKey.get(key(t));
            if (p != null) {
                out.add(p);
            }
        }
        return reresolved(out);
    }

    /** A text's cache key: its id and a digest of its bytes and hints. */
    static String key(Text t) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(t.bytes());
            md.update(new java.util.TreeMap<>(t.hints()).toString().getBytes(StandardCharsets.UTF_8));
            return t.id() + "@" + HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * The cached articles with their actors resolved again by the current dictionaries: actor resolution needs no
     * language model and takes milliseconds, so a dictionary change shows without parsing the texts again.
     */
    static List<Parsed> reresolved(List<Parsed> cached) {
        ActorStage actors = new ActorStage();
        List<Parsed> out = new ArrayList<>(cached.size());
        for (Parsed p : cached) {
            Doc d = p.doc();
            actors.process(d);
            out.add(Parsed.of(d));
        }
        return out;
    }

    static void save(List<Parsed> docs, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), docs);
    }

    static List<Parsed> load(Path file) throws IOException {
        List<Parsed> docs = MAPPER.readValue(Files.readAllBytes(file),
                MAPPER.getTypeFactory().constructCollectionType(List.class, Parsed.class));
        return List.copyOf(docs);
    }
}
