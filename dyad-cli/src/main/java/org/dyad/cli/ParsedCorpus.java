package org.dyad.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
                  List<Sentence> sentences, List<TimeExpr> times, List<Entity> entities) {

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
                    d.get(Layers.SENTENCES), d.get(Layers.TIMES), d.get(Layers.ENTITIES));
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
                out.add(Parsed.of(dyad.processDoc(new Source(t.id(), t.bytes(), t.hints()))));
            } catch (BadInputException e) {
                err.println("dyad: " + t.id() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * The texts parsed with the standard pipeline, read from {@code cache} instead when it holds the same documents
     * in the same order, and written to it otherwise ({@code cache} may be null: no cache).
     */
    static List<Parsed> parseCached(Path cache, List<Text> texts, java.io.PrintWriter err) throws IOException {
        if (cache != null && Files.isRegularFile(cache)) {
            List<Parsed> cached = load(cache);
            if (cached.stream().map(Parsed::id).toList().equals(texts.stream().map(Text::id).toList())) {
                return reresolved(cached);
            }
        }
        List<Parsed> docs = parse(Dyad.standard(), texts, err);
        if (cache != null) {
            save(docs, cache);
        }
        return docs;
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
