package org.dyad.tables;

import java.util.List;
import java.util.Optional;
import org.dyad.copies.CopyRecord;
import org.dyad.events.EventRecord;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.RelationRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.text.Evidence;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.QuoteRecord;

/**
 * dyad's tables, one row per article, entity or fact: the schema of the Spark job's Parquet output and of
 * {@code dyad export} (documented in docs/tables.md). Every row carries the article's store {@code key} and
 * {@code doc}; every fact row its {@code id}, {@code rule}, first evidence span, all evidence as JSON, and the
 * pipeline version.
 */
public final class Tables {
    public static final Table ARTICLES = articles();
    public static final Table ENTITIES = entities();
    public static final Table EVENTS = events();
    public static final Table PARTNERSHIPS = partnerships();
    public static final Table RELATIONS = relations();
    public static final Table QUOTES = quotes();
    public static final Table FORECASTS = forecasts();
    public static final Table COPIES = copies();

    /** Every table, in the order of the output contract. */
    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, EVENTS, PARTNERSHIPS, RELATIONS, QUOTES,
            FORECASTS, COPIES);

    private Tables() {
    }

    /** The table called {@code name}, if there is one. */
    public static Optional<Table> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The names of every table, for messages. */
    public static List<String> names() {
        return ALL.stream().map(Table::name).toList();
    }

    private static Table articles() {
        return Table.<ArticleRecord>builder("articles", "one row per article: metadata, cleaned text, the whole "
                        + "extraction", x -> List.of(x.article()))
                .string("key", false, "the article's identity in a store: its canonical URL, else its file's URI",
                        Table.Cell::key)
                .string("doc", false, "the input as named when it was processed", c -> c.item().doc())
                .string("sha256", false, "SHA-256 of the raw bytes", c -> c.item().sha256())
                .string("title", true, "title", c -> c.item().title())
                .string("outlet", true, "outlet", c -> c.item().outlet())
                .string("author", true, "author", c -> c.item().author())
                .string("published", true, "publication date, YYYY-MM-DD", c -> c.item().published())
                .string("url", true, "the article's URL", c -> c.item().url())
                .string("language", true, "language code", c -> c.item().language())
                .string("format", true, "text or html", c -> c.item().format())
                .string("charset", true, "the charset the input was decoded with", c -> c.item().charset())
                .integer("entities", false, "number of entity rows", c -> c.extraction().entities().size())
                .integer("facts", false, "number of fact rows of every kind", c -> c.extraction().facts().size())
                .string("text", true, "the cleaned text", c -> c.item().text())
                .string("pipeline", true, "the pipeline version", c -> c.item().pipeline())
                .string("extraction", false, "the whole extraction as JSON (article, entities, facts, original "
                        + "text), which dyad import stores", c -> ExtractionJson.write(c.extraction()))
                .build();
    }

    private static Table entities() {
        return Table.<EntityRecord>builder("entities", "one row per entity (country, organisation, person, place)",
                        Extraction::entities)
                .string("key", false, "the article's store key", Table.Cell::key)
                .string("doc", false, "the article's input name", c -> c.item().doc())
                .string("id", false, "article-local id (e1, e2...)", c -> c.item().id())
                .string("name", false, "canonical name", c -> c.item().name())
                .string("type", false, "COUNTRY, ORGANIZATION, PERSON or LOCATION", c -> c.item().type())
                .string("code", true, "ISO alpha-3, organisation id, or a person's country", c -> c.item().code())
                .string("sector", true, "GOV, MIL, RES...", c -> c.item().sector())
                .string("title", true, "title or affiliation as given", c -> c.item().title())
                .string("role", true, "what the title means (foreign_minister...)", c -> c.item().role())
                .bool("actor", false, "false when every mention is a place used as a place", c -> c.item().actor())
                .integer("mentions", false, "number of mentions", c -> c.item().mentions().size())
                .string("rule", true, "what found it", c -> c.item().rule())
                .integer("start", true, "first mention's start (code points of the original)",
                        c -> start(c.item().evidence()))
                .integer("end", true, "first mention's end", c -> end(c.item().evidence()))
                .string("evidence", false, "every mention span as JSON [{start,end,text}]",
                        c -> ExtractionJson.json(c.item().evidence()))
                .string("pipeline", true, "the pipeline version", c -> pipeline(c))
                .build();
    }

    private static Table events() {
        Table.Builder<EventRecord> b = Table.builder("events", "one row per event, GDELT-like columns first, then "
                + "dyad's", x -> x.facts(EventRecord.class));
        factHead(b);
        return b
                .string("date", true, "start of the event's date (YYYY, YYYY-MM or YYYY-MM-DD), else the "
                        + "publication date", c -> date(c.item(), c.extraction()))
                .integer("sql_date", true, "date as YYYYMMDD when it is a whole day (GDELT SQLDATE)",
                        c -> sqlDate(date(c.item(), c.extraction())))
                .string("actor1_code", true, "source actor code", c -> actor(c.item().source(), "code"))
                .string("actor1_name", true, "source actor name", c -> actor(c.item().source(), "name"))
                .string("actor1_type", true, "source actor type", c -> actor(c.item().source(), "type"))
                .string("actor1_sector", true, "source actor sector", c -> actor(c.item().source(), "sector"))
                .string("actor2_code", true, "target actor code", c -> actor(c.item().target(), "code"))
                .string("actor2_name", true, "target actor name", c -> actor(c.item().target(), "name"))
                .string("actor2_type", true, "target actor type", c -> actor(c.item().target(), "type"))
                .string("actor2_sector", true, "target actor sector", c -> actor(c.item().target(), "sector"))
                .string("event_code", false, "CAMEO code", c -> c.item().cameo())
                .string("event_base_code", false, "CAMEO three-digit code",
                        c -> c.item().cameo().substring(0, Math.min(3, c.item().cameo().length())))
                .string("event_root_code", false, "CAMEO two-digit root",
                        c -> c.item().cameo().substring(0, Math.min(2, c.item().cameo().length())))
                .string("event_label", true, "CAMEO label", c -> c.item().cameoLabel())
                .real("goldstein", false, "Goldstein weight", c -> c.item().goldstein())
                .integer("quad_class", true, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                        + "4 material conflict (CAMEO root 01-05, 06-08, 09-13, 14-20)", c -> quad(c.item().cameo()))
                .string("source_url", true, "the article's URL", c -> c.extraction().article().url())
                .string("published", true, "the article's publication date", c -> c.extraction().article().published())
                .bool("mutual", false, "both sides acted; source and target interchangeable", c -> c.item().mutual())
                .string("status", false, "happened, ongoing, planned, hypothetical or negated", c -> c.item().status())
                .string("status_rule", true, "the cue that set the status", c -> c.item().statusRule())
                .string("plover_category", true, "PLOVER category", c -> plover(c.item(), 0))
                .string("plover_mode", true, "PLOVER mode", c -> plover(c.item(), 1))
                .string("plover_context", true, "PLOVER context", c -> plover(c.item(), 2))
                .real("intensity", true, "dyad's intensity of the PLOVER category, -10..+10", c -> c.item().intensity())
                .string("date_text", true, "the time expression", c -> c.item().date() == null ? null
                        : c.item().date().text())
                .string("date_value", true, "normalised date as the text gives it (2023-04, <2023-04-13, a/b)",
                        c -> c.item().date() == null ? null : c.item().date().value())
                .string("trigger", true, "the word that matched the pattern", c -> text(c.item().trigger()))
                .string("sentence", true, "the first sentence that reports the event", c -> text(c.item().sentence()))
                .integer("sentence_start", true, "its start (code points of the original)",
                        c -> c.item().sentence() == null ? null : c.item().sentence().start())
                .integer("sentence_end", true, "its end", c -> c.item().sentence() == null ? null
                        : c.item().sentence().end())
                .apply(Tables::factTail)
                .build();
    }

    private static Table partnerships() {
        Table.Builder<PartnershipRecord> b = Table.builder("partnerships", "one row per partnership statement",
                x -> x.facts(PartnershipRecord.class));
        factHead(b);
        return b
                .string("owner", true, "whose ladder", c -> c.item().owner())
                .string("partner", true, "the other country", c -> c.item().partner())
                .string("ladder", true, "the ladder id", c -> c.item().ladder())
                .string("rung", true, "rung id (VNM:CSP)", c -> c.item().rung())
                .string("rung_name", true, "the rung's name", c -> c.item().rungName())
                .integer("rank", false, "rung rank (1 = top, 0 = outside the ladder)", c -> c.item().rank())
                .string("as_stated", true, "the words the article uses", c -> c.item().asStated())
                .string("type", false, "established, upgraded, in_force, sought...", c -> c.item().type())
                .string("date_text", true, "the time expression", c -> c.item().date() == null ? null
                        : c.item().date().text())
                .string("date_value", true, "normalised date", c -> c.item().date() == null ? null
                        : c.item().date().value())
                .string("as_of", true, "when the statement was made", c -> c.item().asOf())
                .integer("count", true, "for count statements, the number", c -> c.item().count())
                .string("members", true, "for tier and count statements, the partners as JSON",
                        c -> c.item().members() == null ? null : ExtractionJson.json(c.item().members()))
                .string("note", true, "how the rung or date was inferred", c -> c.item().note())
                .apply(Tables::factTail)
                .build();
    }

    private static Table relations() {
        Table.Builder<RelationRecord> b = Table.builder("relations", "one row per relation descriptor (ties that name "
                + "no rung)", x -> x.facts(RelationRecord.class));
        factHead(b);
        return b
                .string("a", false, "the side the ties are described from", c -> c.item().a())
                .string("b", false, "the other side", c -> c.item().b())
                .string("class", false, "close, strained, complex, trade, supplier, warming...", c -> c.item().relClass())
                .string("tone", false, "warm, cool or neutral", c -> c.item().tone())
                .bool("negated", false, "the sentence denies it", c -> Boolean.TRUE.equals(c.item().negated()))
                .string("as_stated", true, "the descriptor's words", c -> c.item().asStated())
                .string("as_of", true, "when it was said", c -> c.item().asOf())
                .string("note", true, "how a side was inferred", c -> c.item().note())
                .apply(Tables::factTail)
                .build();
    }

    private static Table quotes() {
        Table.Builder<QuoteRecord> b = Table.builder("quotes", "one row per quote", x -> x.facts(QuoteRecord.class));
        factHead(b);
        return b
                .string("type", false, "direct, mixed or indirect", c -> c.item().type())
                .string("quote", true, "the quoted words", c -> c.item().quote())
                .string("context", true, "the sentence the quote stands in", c -> c.item().context())
                .apply(bb -> speaker(bb, "speaker", QuoteRecord::speaker))
                .string("cue", true, "the reporting word", c -> c.item().cue())
                .string("about", true, "the country the quote speaks of", c -> c.item().about())
                .string("published", true, "the article's publication date", c -> c.item().published())
                .apply(Tables::factTail)
                .build();
    }

    private static Table forecasts() {
        Table.Builder<ForecastRecord> b = Table.builder("forecasts", "one row per forecast",
                x -> x.facts(ForecastRecord.class));
        factHead(b);
        return b
                .apply(bb -> speaker(bb, "source", ForecastRecord::source))
                .string("quote", true, "the id of the quote it stands in", c -> c.item().quote())
                .string("subject_kind", true, "upgrade, visit or other", c -> c.item().subject() == null ? null
                        : c.item().subject().kind())
                .string("subject_a", true, "first country", c -> c.item().subject() == null ? null
                        : c.item().subject().a())
                .string("subject_b", true, "second country", c -> c.item().subject() == null ? null
                        : c.item().subject().b())
                .string("subject_rung", true, "the rung named", c -> c.item().subject() == null ? null
                        : c.item().subject().rung())
                .string("subject_text", true, "the words naming the subject", c -> c.item().subject() == null ? null
                        : c.item().subject().text())
                .string("outcome", false, "happens or does_not_happen", c -> c.item().outcome())
                .string("hedge", false, "certain, likely, possible or hoped", c -> c.item().hedge())
                .string("hedge_text", true, "the words that say so", c -> c.item().hedgeText())
                .string("horizon_text", true, "by when, as written", c -> c.item().horizon() == null ? null
                        : c.item().horizon().text())
                .string("horizon_by", true, "the last day the forecast covers", c -> c.item().horizon() == null
                        ? null : c.item().horizon().by())
                .string("published", true, "when it was made", c -> c.item().published())
                .string("claim", true, "the sentence stating it", c -> c.item().claim())
                .apply(Tables::factTail)
                .build();
    }

    private static Table copies() {
        Table.Builder<CopyRecord> b = Table.builder("copies", "one row per copy link", x -> x.facts(CopyRecord.class));
        factHead(b);
        return b
                .string("type", false, "exact, near, spun, translated or same-story", c -> c.item().type())
                .string("other", false, "the other article's key", c -> c.item().other())
                .string("other_doc", true, "the other article's input name", c -> c.item().otherDoc())
                .real("score", false, "similarity in [0, 1]", c -> c.item().score())
                .string("story", true, "the story both belong to", c -> c.item().story())
                .string("original", true, "the key of the story's original", c -> c.item().original())
                .apply(Tables::factTail)
                .build();
    }

    private static <T extends Fact> void factHead(Table.Builder<T> b) {
        b.string("key", false, "the article's store key", Table.Cell::key)
                .string("doc", false, "the article's input name", c -> c.item().doc())
                .string("id", false, "article-local id", c -> c.item().id());
    }

    private static <T extends Fact> void factTail(Table.Builder<T> b) {
        b.string("rule", true, "the rule that produced the record", c -> c.item().rule())
                .integer("start", true, "first evidence span's start (code points of the original)",
                        c -> start(c.item().evidence()))
                .integer("end", true, "first evidence span's end", c -> end(c.item().evidence()))
                .string("evidence", false, "every evidence span as JSON [{start,end,text}]",
                        c -> ExtractionJson.json(c.item().evidence()))
                .string("pipeline", true, "the pipeline version", c -> pipeline(c));
    }

    private static <T> void speaker(Table.Builder<T> b, String prefix,
                                    java.util.function.Function<T, QuoteRecord.Speaker> of) {
        b.string(prefix + "_entity", true, "the speaker's entity id", c -> sp(of.apply(c.item()), 0))
                .string(prefix + "_name", true, "the speaker's name", c -> sp(of.apply(c.item()), 1))
                .string(prefix + "_title", true, "the speaker's title as given", c -> sp(of.apply(c.item()), 2))
                .string(prefix + "_code", true, "the speaker's code", c -> sp(of.apply(c.item()), 3))
                .string(prefix + "_sector", true, "the speaker's sector", c -> sp(of.apply(c.item()), 4));
    }

    private static String sp(QuoteRecord.Speaker s, int field) {
        if (s == null) {
            return null;
        }
        return switch (field) {
            case 0 -> s.entity();
            case 1 -> s.name();
            case 2 -> s.title();
            case 3 -> s.code();
            default -> s.sector();
        };
    }

    private static String pipeline(Table.Cell<?> c) {
        return c.extraction().article().pipeline();
    }

    private static Integer start(List<Evidence> ev) {
        return ev == null || ev.isEmpty() ? null : ev.get(0).start();
    }

    private static Integer end(List<Evidence> ev) {
        return ev == null || ev.isEmpty() ? null : ev.get(0).end();
    }

    private static String text(Evidence ev) {
        return ev == null ? null : ev.text();
    }

    private static String actor(EventRecord.Actor a, String field) {
        if (a == null) {
            return null;
        }
        return switch (field) {
            case "code" -> a.code();
            case "name" -> a.name();
            case "type" -> a.type();
            default -> a.sector();
        };
    }

    private static String plover(EventRecord e, int field) {
        EventRecord.Plover p = e.plover();
        if (p == null) {
            return null;
        }
        return field == 0 ? p.category() : field == 1 ? p.mode() : p.context();
    }

    /** The event's own date's start, else the article's publication date. */
    static String date(EventRecord e, Extraction x) {
        String from = e.date() == null ? null : e.date().from();
        return from != null ? from : x.article().published();
    }

    /** YYYYMMDD of a whole-day ISO date, else null. */
    static Integer sqlDate(String date) {
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? Integer.valueOf(date.replace("-", "")) : null;
    }

    /** GDELT's quad class of a CAMEO code, from its two-digit root; null when the code has none. */
    static Integer quad(String cameo) {
        if (cameo == null || !cameo.matches("\\d{2}.*")) {
            return null;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : root <= 20 ? 4 : null;
    }
}
