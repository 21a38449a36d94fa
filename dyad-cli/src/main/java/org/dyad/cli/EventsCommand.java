package org.dyad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.events.EventClusters;
import org.dyad.events.EventRecord;
import org.dyad.output.RecordJson;
import org.dyad.query.Timeline;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events A B}: the stored events between two actors, both directions. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List the stored events between two actors (ISO alpha-3 country codes such as USA VNM, or "
                + "organisation codes), in both directions, oldest first (undated events last): date, status, "
                + "who did what to whom, CAMEO and PLOVER codes, the rule that matched and the article. One real-world "
                + "event reported by several articles (same actors, same CAMEO root, dates within a few days) is "
                + "listed once, with the number of articles that report it (sources) and its cluster id; "
                + "--all-reports lists every report."})
final class EventsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ActorPairOptions pair;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json (one event record per line) or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--all-reports", description = "List every report of every event, each with its cluster id, "
            + "instead of one line per event.")
    boolean allReports;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table, json or csv");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<StoredFact> facts;
        try (Store st = store.open()) {
            facts = st.facts(FactQuery.of(EventRecord.KIND).pair(pair.codeA(), pair.codeB()).between(pair.from, pair.to));
        }
        List<EventClusters.Cluster> clusters = EventClusters.of(Timeline.reports(facts));
        if (format.equals("csv")) {
            out.println("date,status,source,source_sector,target,target_sector,mutual,cameo,cameo_label,goldstein,"
                    + "plover,plover_mode,rule,doc,id,evidence,cluster,sources");
        }
        for (EventClusters.Cluster c : clusters) {
            for (EventClusters.Report r : allReports ? c.reports() : List.of(c.lead())) {
                EventRecord e = r.event();
                String status = allReports ? e.status() : c.status();
                switch (format) {
                    case "json" -> out.println(json(e, c, status));
                    case "csv" -> out.println(csv(e, status) + "," + q(c.id()) + "," + c.sources());
                    default -> out.println(line(e, status) + "  " + sources(c) + "  " + c.id() + "  " + e.doc());
                }
            }
        }
        if (format.equals("table")) {
            out.printf("%d event%s (%d report%s%s) between %s and %s%s%n", clusters.size(),
                    clusters.size() == 1 ? "" : "s", facts.size(), facts.size() == 1 ? "" : "s",
                    allReports ? ", all listed" : "", pair.codeA(), pair.codeB(),
                    pair.from == null && pair.to == null ? "" : " (" + (pair.from == null ? "…" : pair.from)
                    + " to " + (pair.to == null ? "…" : pair.to) + ")");
        }
        return ExitCodes.OK;
    }

    private static String sources(EventClusters.Cluster c) {
        return c.sources() + (c.sources() == 1 ? " source " : " sources");
    }

    /** The event record's JSON with the cluster's id and number of sources (and its status, for the lead). */
    private static String json(EventRecord e, EventClusters.Cluster c, String status) {
        ObjectNode n = RecordJson.MAPPER.valueToTree(e);
        n.put("status", status);
        n.put("cluster", c.id());
        n.put("sources", c.sources());
        return RecordJson.write(n);
    }

    /** One event on one line: date, status, source → target, codes, rule. */
    static String line(EventRecord e) {
        return line(e, e.status());
    }

    /** The same with another status (a cluster's, which may be more realised than this report's). */
    static String line(EventRecord e, String status) {
        return String.format("%-23s %-12s %s %s %s  %s %s  %s [%s; %s]", e.date() == null ? "(undated)"
                : e.date().value(), status, actor(e.source()), e.mutual() ? "<->" : "->", actor(e.target()),
                e.cameo(), e.cameoLabel(), e.plover() == null ? "-" : e.plover().category(), e.rule(), e.statusRule());
    }

    private static String actor(EventRecord.Actor a) {
        if (a == null) {
            return "-";
        }
        return a.code() + (a.sector() == null ? "" : "/" + a.sector()) + "(" + a.text() + ")";
    }

    private static String csv(EventRecord e, String status) {
        return String.join(",", q(e.date() == null ? "" : e.date().value()), q(status), q(code(e.source())),
                q(sector(e.source())), q(code(e.target())), q(sector(e.target())), String.valueOf(e.mutual()),
                q(e.cameo()), q(e.cameoLabel()), String.valueOf(e.goldstein()),
                q(e.plover() == null ? "" : e.plover().category()), q(e.plover() == null || e.plover().mode() == null
                        ? "" : e.plover().mode()), q(e.rule()), q(e.doc()), q(e.id()),
                q(e.sentence() == null ? "" : e.sentence().text()));
    }

    private static String code(EventRecord.Actor a) {
        return a == null || a.code() == null ? "" : a.code();
    }

    private static String sector(EventRecord.Actor a) {
        return a == null || a.sector() == null ? "" : a.sector();
    }

    private static String q(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
