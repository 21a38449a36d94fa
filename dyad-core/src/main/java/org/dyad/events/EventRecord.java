package org.dyad.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code event} record of the output contract: who did what to whom, when, how sure, and why dyad says so.
 * Offsets are code points of the original input. See docs/extract-format.md.
 *
 * @param id         article-local id ({@code v1}, {@code v2}...), in order of first mention
 * @param source     who acted (never a place name used as a location)
 * @param target     who was acted on, or null when the sentence names no one; for a visit, the host country (also
 *                   when the text names only its capital as the destination)
 * @param mutual     true when both sides acted together ("X and Y met", "talks between X and Y"): source and target
 *                   are then interchangeable
 * @param cameo      CAMEO 1.1b3 code of the action itself ("will visit" is 042 with status planned)
 * @param goldstein  Goldstein weight of {@code cameo}
 * @param plover     PLOVER category, mode and context, or null for CAMEO 01 statements (PLOVER has no category)
 * @param intensity  dyad's intensity of the PLOVER category ({@code plover-categories.tsv}), or null
 * @param status     happened, ongoing, planned, hypothetical or negated
 * @param statusRule why: the cue that set the status ({@code aux:will}, {@code neg:not}, {@code gov:plan}, {@code
 *                   tense:past}...)
 * @param date       the date or interval the text gives, or null when the text gives none
 * @param sentence   the first sentence that reports the event
 * @param trigger    the word that matched the pattern, in that sentence
 * @param rule       the pattern id in {@code dyad/events/patterns.tsv} ({@code visit.make:visit-verb})
 * @param evidence   every sentence that reports this event, in order (one per mention after de-duplication)
 */
@JsonPropertyOrder({"doc", "kind", "id", "source", "target", "mutual", "cameo", "cameoLabel", "goldstein", "plover",
        "intensity", "status", "statusRule", "date", "trigger", "rule", "sentence", "evidence"})
public record EventRecord(String doc, String id, Actor source, Actor target, boolean mutual, String cameo,
                          String cameoLabel, double goldstein, Plover plover, Double intensity, String status,
                          String statusRule, When date, Evidence sentence, Evidence trigger, String rule,
                          List<Evidence> evidence) implements Fact {

    public static final String KIND = "event";

    public EventRecord {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Source and target codes, the date range, the PLOVER category (CAMEO code when none) and the status. */
    @JsonIgnore
    @Override
    public FactIndex index() {
        String from = date == null ? null : date.from();
        String to = date == null ? null : date.to();
        return new FactIndex(source == null ? null : source.code(), target == null ? null : target.code(), from, to,
                plover != null ? plover.category() : cameo, status);
    }

    /** A copy with another id and evidence list (used when mentions are merged). */
    EventRecord with(String newId, When newDate, List<Evidence> newEvidence) {
        return new EventRecord(doc, newId, source, target, mutual, cameo, cameoLabel, goldstein, plover, intensity,
                status, statusRule, newDate, sentence, trigger, rule, newEvidence);
    }

    /**
     * An actor of an event.
     *
     * @param code   ISO alpha-3 country code, or dyad's organisation code; a person's country
     * @param type   COUNTRY, ORGANIZATION or PERSON (LOCATION for a place named as a destination)
     * @param sector GOV, MIL, JUD, PTY, ... when known
     * @param name   the entity's canonical name ("Antony Blinken", "Vietnam")
     * @param entity the article-local entity id ({@code e3}) of the {@code entity} record
     * @param text   the words of this mention ("Blinken", "Hanoi")
     * @param place  true when the text names the actor only as a destination ("a visit to Hanoi" → Vietnam as host)
     */
    @JsonPropertyOrder({"code", "type", "sector", "name", "entity", "text", "place"})
    public record Actor(String code, String type, String sector, String name, String entity, String text,
                        boolean place) {
    }

    /** The PLOVER reading of the event. */
    @JsonPropertyOrder({"category", "mode", "context"})
    public record Plover(String category, String mode, String context) {
    }

    /**
     * When the event took place, as the text says.
     *
     * @param text  the expression ("Friday through Sunday", "last month"), or null when the date is not in the text
     * @param value normalised: {@code 2023-04-14}, {@code 2023-04}, {@code 2023-04-14/2023-04-16}, {@code <2023-04-13}
     *              (before), {@code >2017} (since)
     * @param rule  where it came from: {@code time:...} (the time stage's normalisation rule) or {@code recent:published}
     */
    @JsonPropertyOrder({"text", "value", "rule"})
    public record When(String text, String value, String rule) {

        /** Start of the range, or null when open or unknown. */
        public String from() {
            if (value == null || value.startsWith("<")) {
                return null;
            }
            String v = value.startsWith(">") ? value.substring(1) : value;
            int slash = v.indexOf('/');
            return slash < 0 ? v : v.substring(0, slash);
        }

        /** End of the range, or null when open or unknown. */
        public String to() {
            if (value == null || value.startsWith(">")) {
                return null;
            }
            String v = value.startsWith("<") ? value.substring(1) : value;
            int slash = v.indexOf('/');
            return slash < 0 ? v : v.substring(slash + 1);
        }
    }
}
