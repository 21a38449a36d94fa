package org.dyad.ladders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.data.Tsv;

/**
 * The dated reference records of {@code dyad/ladders/history.tsv}, checked against the ladders when loaded. Records
 * that disagree are all kept; {@link LadderHistory} shows them side by side. Immutable and thread-safe.
 */
public final class ReferenceHistory {
    private static volatile ReferenceHistory standard;

    private final List<HistoryRecord> records;

    private ReferenceHistory(List<HistoryRecord> records) {
        List<HistoryRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing((HistoryRecord r) -> r.date() == null ? "" : r.date())
                .thenComparingInt(HistoryRecord::line));
        this.records = List.copyOf(sorted);
    }

    /** The records shipped with dyad, checked against {@link Ladders#standard()}. */
    public static ReferenceHistory standard() {
        ReferenceHistory h = standard;
        if (h == null) {
            synchronized (ReferenceHistory.class) {
                h = standard;
                if (h == null) {
                    h = load("dyad/ladders/history.tsv", Ladders.standard());
                    standard = h;
                }
            }
        }
        return h;
    }

    static ReferenceHistory load(String resource, Ladders ladders) {
        Tsv tsv = Tsv.resource(resource, "owner", "partner", "rung", "date", "event", "source", "confidence", "note");
        List<HistoryRecord> out = new ArrayList<>();
        for (Tsv.Row row : tsv.rows()) {
            out.add(record(row, ladders));
        }
        return new ReferenceHistory(out);
    }

    /** A history made of the given records (tests, benchmarks). */
    public static ReferenceHistory of(List<HistoryRecord> records) {
        return new ReferenceHistory(records);
    }

    private static HistoryRecord record(Tsv.Row row, Ladders ladders) {
        String owner = row.get("owner");
        String rung = row.get("rung");
        if (ladders.ladder(owner).isEmpty()) {
            throw row.error("no ladder for owner " + owner + " in ladders.tsv");
        }
        if (!rung.isEmpty() && ladders.rung(rung).filter(r -> r.ladder().equals(owner)).isEmpty()) {
            throw row.error("rung " + rung + " is not on " + owner + "'s ladder");
        }
        String date = row.get("date");
        if (!date.isEmpty() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw row.error("date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + date + "\"");
        }
        String event = row.get("event");
        if (!HistoryRecord.EVENTS.contains(event)) {
            throw row.error("unknown event \"" + event + "\" (known: " + HistoryRecord.EVENTS + ")");
        }
        if (rung.isEmpty() == HistoryRecord.ENTERS.contains(event) && !event.equals("suspended")) {
            throw row.error("event " + event + (rung.isEmpty() ? " needs a rung" : " takes no rung"));
        }
        String confidence = row.get("confidence");
        if (!confidence.equals("verified") && !confidence.equals("unverified")) {
            throw row.error("confidence must be verified or unverified, got \"" + confidence + "\"");
        }
        return new HistoryRecord(owner, row.get("partner"), rung.isEmpty() ? null : rung,
                date.isEmpty() ? null : date, event, row.get("source"), confidence, row.get("note"), row.line());
    }

    /** Every record, undated first, then by date. */
    public List<HistoryRecord> records() {
        return records;
    }

    /** The records of one ladder. */
    public List<HistoryRecord> of(String owner) {
        return records.stream().filter(r -> r.owner().equals(owner)).toList();
    }

    /** The records of a pair, on either country's ladder. */
    public List<HistoryRecord> pair(String a, String b) {
        return records.stream().filter(r -> r.owner().equals(a) && r.partner().equals(b)
                || r.owner().equals(b) && r.partner().equals(a)).toList();
    }

    /** True when some record puts {@code partner} on {@code rung} of {@code owner}'s ladder (at any date). */
    public boolean knows(String owner, String partner, String rung) {
        return records.stream().anyMatch(r -> r.owner().equals(owner) && r.partner().equals(partner)
                && rung.equals(r.rung()) && r.entersRung());
    }
}
