package org.dyad.web;

import java.util.List;
import org.dyad.copies.CopyRecord;
import org.dyad.events.EventRecord;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.RelationRecord;
import org.dyad.output.Fact;
import org.dyad.output.RecordJson;
import org.dyad.query.Names;
import org.dyad.text.Evidence;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.QuoteRecord;

/** A fact in words for the pages (plain text; the pages escape it), and its evidence, whatever its kind. */
final class FactText {
    private FactText() {
    }

    static String summary(Fact f) {
        if (f instanceof EventRecord e) {
            return actor(e.source()) + (e.mutual() ? " ⇄ " : " → ") + actor(e.target()) + ": " + e.cameoLabel()
                    + " (CAMEO " + e.cameo() + (e.plover() == null ? "" : ", " + e.plover().category()) + "), "
                    + e.status() + (e.date() == null ? "" : ", " + e.date().value());
        }
        if (f instanceof PartnershipRecord p) {
            return Names.name(p.owner()) + "–" + Names.name(p.partner()) + ": " + p.type() + " "
                    + (p.rungName() == null ? p.rung() : p.rungName())
                    + (p.date() == null || p.date().value() == null ? "" : ", " + p.date().value());
        }
        if (f instanceof QuoteRecord q) {
            return q.speaker().name() + (q.speaker().title() == null ? "" : " (" + q.speaker().title() + ")") + ", "
                    + q.type() + ": “" + q.quote() + "”";
        }
        if (f instanceof ForecastRecord r) {
            return r.source().name() + " forecasts: " + r.claim() + " (" + r.hedge() + ")";
        }
        if (f instanceof RelationRecord r) {
            return Names.name(r.a()) + "–" + Names.name(r.b()) + ": " + (Boolean.TRUE.equals(r.negated()) ? "not " : "")
                    + r.asStated() + " (" + r.relClass() + ", " + r.tone() + ")";
        }
        if (f instanceof CopyRecord c) {
            return c.type() + " copy of " + (c.otherDoc() == null ? c.other() : c.otherDoc()) + String.format(
                    java.util.Locale.ROOT, " (%.2f)", c.score());
        }
        return f.kind() + " " + f.id();
    }

    private static String actor(EventRecord.Actor a) {
        if (a == null) {
            return "—";
        }
        return (a.name() == null ? a.text() : a.name()) + (a.code() == null ? "" : " [" + a.code() + "]");
    }

    /** A fact's evidence spans, whatever its kind (every record of the output contract has {@code evidence}). */
    static List<Evidence> evidence(Fact f) {
        com.fasterxml.jackson.databind.JsonNode ev = RecordJson.MAPPER.valueToTree(f).get("evidence");
        if (ev == null || !ev.isArray()) {
            return List.of();
        }
        List<Evidence> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : ev) {
            out.add(new Evidence(e.path("start").asInt(), e.path("end").asInt(), e.path("text").asText()));
        }
        return out;
    }

    /** The first evidence text as readable text: HTML source (tags, entities) reduced to its words. */
    static String sentence(Fact f) {
        if (f instanceof EventRecord e && e.sentence() != null) {
            return readable(e.sentence().text());
        }
        List<Evidence> ev = evidence(f);
        return ev.isEmpty() ? "" : readable(ev.get(0).text());
    }

    static String readable(String text) {
        String t = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? org.jsoup.Jsoup.parse(text).text() : text;
        return t.replaceAll("\\s+", " ").strip();
    }
}
