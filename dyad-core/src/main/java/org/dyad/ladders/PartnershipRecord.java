package org.dyad.ladders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code partnership} record of the output contract: what one sentence says about a pair's place on a ladder.
 *
 * @param id       article-local id ({@code p1}, {@code p2}, ...)
 * @param owner    whose ladder: the country (or bloc) that names the rung (Vietnam for "comprehensive strategic
 *                 partnership" in a U.S.-Vietnam story)
 * @param partner  the other country, or null when the statement names no single partner (a count, a tier described
 *                 without its members)
 * @param ladder   the ladder's id (the owner's code)
 * @param rung     rung id ({@code VNM:CSP})
 * @param rank     the rung's rank (1 = top, 0 = outside the ranked ladder)
 * @param asStated the words the article uses ("Comprehensive Partnership", "complete strategic partnership",
 *                 "third-tier diplomatic partner", "their official partnership")
 * @param type     one of {@link #TYPES}
 * @param date     when: the event's date (established, upgraded), the span the rung held (in force: since/until),
 *                 else the publication date; null when nothing dates it
 * @param asOf     when the statement was made: the article's publication date, or null when unknown
 * @param count    for {@code count} statements, the number stated
 * @param members  for tier and count statements, the partners listed
 * @param note     how the rung or date was inferred when the article does not name it, else null
 * @param rule     the rule that produced the record ({@code partnerships:upgrade-verb}, ...)
 */
@JsonPropertyOrder({"doc", "kind", "id", "owner", "partner", "ladder", "rung", "rung_name", "rank", "as_stated",
        "type", "date", "as_of", "count", "members", "note", "rule", "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnershipRecord(String doc, String id, String owner, String partner, String ladder, String rung,
                                @JsonProperty("rung_name") String rungName, int rank,
                                @JsonProperty("as_stated") String asStated, String type, StatementDate date,
                                @JsonProperty("as_of") String asOf, Integer count, List<String> members, String note, String rule,
                                List<Evidence> evidence) implements Fact {
    public static final String ESTABLISHED = "established";
    public static final String UPGRADED = "upgraded";
    public static final String IN_FORCE = "in_force";
    public static final String SOUGHT = "sought";
    public static final String PROPOSED = "proposed";
    public static final String DECLINED = "declined";
    public static final String DELAYED = "delayed";
    public static final String EXPECTED = "expected";
    public static final String TIER = "tier";
    public static final String COUNT = "count";
    /** Every statement type, in the order of the list above. */
    public static final List<String> TYPES = List.of(ESTABLISHED, UPGRADED, IN_FORCE, SOUGHT, PROPOSED, DECLINED,
            DELAYED, EXPECTED, TIER, COUNT);
    /** Types that say the pair is (or became) on the rung. */
    public static final Set<String> HOLDS = Set.of(ESTABLISHED, UPGRADED, IN_FORCE, TIER);

    /**
     * When a statement is dated.
     *
     * @param text  the time expression as written, or null when the date is the publication date or inferred
     * @param value dyad's normalised value: {@code 2023-09-10}, {@code 2013}, an interval {@code 2013/2023-04}
     *              (since 2013, as of April 2023), {@code <2023-09-10} (until then)
     */
    public record StatementDate(String text, String value) {
    }

    public PartnershipRecord {
        members = members == null || members.isEmpty() ? null : List.copyOf(members);
        evidence = List.copyOf(evidence);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown partnership statement type \"" + type + "\" (known: " + TYPES + ")");
        }
    }

    @Override
    public String kind() {
        return "partnership";
    }

    /**
     * The pair, the date, the rung and the type. A statement is indexed by the day it was made ({@link #asOf()}),
     * not by the period it speaks of ({@link #date()}): thousands of articles say "since 2013", and a store window
     * must read what was said in it, not every statement about 2013. Without a publication date, by the period.
     */
    @Override
    public FactIndex index() {
        String[] range = asOf != null ? new String[] {asOf, asOf} : range(date == null ? null : date.value());
        return new FactIndex(owner, partner, range[0], range[1], rung, type);
    }

    /** {from, to} of a date value: a day, month or year is both; {@code a/b} is a to b; {@code <x} ends at x. */
    static String[] range(String value) {
        if (value == null || value.isBlank()) {
            return new String[] {null, null};
        }
        if (value.startsWith("<")) {
            return new String[] {null, value.substring(1)};
        }
        if (value.startsWith(">")) {
            return new String[] {value.substring(1), null};
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            return new String[] {value.substring(0, slash), value.substring(slash + 1)};
        }
        return new String[] {value, value};
    }

    /** A copy with another id (records are numbered once a document's statements are all known). */
    PartnershipRecord withId(String newId) {
        return new PartnershipRecord(doc, newId, owner, partner, ladder, rung, rungName, rank, asStated, type, date,
                asOf, count, members, note, rule, evidence);
    }
}
