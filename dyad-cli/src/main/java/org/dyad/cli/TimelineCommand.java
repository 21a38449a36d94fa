package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyad.events.EventClusters;
import org.dyad.events.EventRecord;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad timeline A B}: events between two actors per month, by PLOVER category, with a cooperation–conflict
 * index, optionally drawn as an SVG chart.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Count the stored events between two actors (both directions) per month, by PLOVER category, "
                + "with two indices: goldstein, the mean Goldstein weight of the month's events (-10 most "
                + "conflictual, +10 most cooperative), and balance = (cooperative - conflictual) / all events, "
                + "from -1 to +1 (an event is cooperative when its Goldstein weight is above 0, conflictual when "
                + "below). Only events that happened or are ongoing count, unless --all-statuses. An event is "
                + "placed in the month of its date; an event the text gives no month for is placed in its "
                + "article's publication month (counted in the 'by pub.' column). One real-world event reported by "
                + "several articles is counted once (see 'dyad events'), with the number of its reports in the "
                + "'reports' column as a weight; --all-reports counts every report instead."})
final class TimelineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ActorPairOptions pair;

    @Option(names = "--all-statuses", description = "Also count planned, hypothetical and negated events.")
    boolean allStatuses;

    @Option(names = "--all-reports", description = "Count every report, not each event once.")
    boolean allReports;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the timeline as an SVG chart.")
    Path chart;

    @Mixin
    StoreOption store;

    /** One month's figures. */
    static final class Month {
        final Map<String, Integer> byCategory = new TreeMap<>();
        final Map<String, Integer> byQuad = new TreeMap<>();
        int total;
        int reports;
        int byPublication;
        int cooperative;
        int conflictual;
        double goldsteinSum;

        double goldstein() {
            return total == 0 ? 0 : goldsteinSum / total;
        }

        double balance() {
            return total == 0 ? 0 : (double) (cooperative - conflictual) / total;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String x = pair.codeA();
        String y = pair.codeB();
        List<StoredFact> facts;
        try (Store st = store.open()) {
            facts = st.facts(FactQuery.of(EventRecord.KIND).pair(x, y));
        }
        Map<String, Month> months = months(facts, allStatuses, allReports, pair.from, pair.to);
        Set<String> cats = new TreeSet<>();
        months.values().forEach(m -> cats.addAll(m.byCategory.keySet()));
        out.print(table(months, cats));
        out.printf("%d event%s (%d report%s) between %s and %s in %d month%s%s%s%n",
                months.values().stream().mapToInt(m -> m.total).sum(), "s",
                months.values().stream().mapToInt(m -> m.reports).sum(), "s", x, y, months.size(),
                months.size() == 1 ? "" : "s", allStatuses ? " (all statuses)" : " (happened or ongoing)",
                allReports ? ", every report counted" : ", each event once");
        if (chart != null) {
            Files.writeString(chart, TimelineChart.svg(x + " – " + y, months), StandardCharsets.UTF_8);
            out.println("chart written to " + chart);
        }
        return ExitCodes.OK;
    }

    /**
     * The months' figures. Unless {@code allReports}, the reports of one event ({@link EventClusters}) count once,
     * placed by the cluster's lead report and with the cluster's status; {@code reports} keeps the weight.
     */
    static Map<String, Month> months(List<StoredFact> facts, boolean allStatuses, boolean allReports, String from,
                                     String to) {
        Map<String, Month> months = new TreeMap<>();
        List<EventClusters.Cluster> clusters = EventClusters.of(EventsCommand.reports(facts));
        for (EventClusters.Cluster c : clusters) {
            List<EventClusters.Report> counted = allReports ? c.reports() : List.of(c.lead());
            for (EventClusters.Report r : counted) {
                EventRecord e = r.event();
                String status = allReports ? e.status() : c.status();
                if (!allStatuses && !status.equals("happened") && !status.equals("ongoing")) {
                    continue;
                }
                String start = e.date() == null ? null : e.date().from();
                boolean byPub = start == null || start.length() < 7;
                String pub = r.published();
                String month = byPub ? (pub == null || pub.length() < 7 ? null : pub.substring(0, 7))
                        : start.substring(0, 7);
                if (month == null || from != null && month.compareTo(prefix(from)) < 0
                        || to != null && month.compareTo(prefix(to)) > 0) {
                    continue;
                }
                Month m = months.computeIfAbsent(month, k -> new Month());
                String cat = e.plover() != null ? e.plover().category() : "CAMEO-" + e.cameo().substring(0, 2);
                m.byCategory.merge(cat, 1, Integer::sum);
                m.byQuad.merge(quad(e), 1, Integer::sum);
                m.total++;
                m.reports += allReports ? 1 : c.reports().size();
                m.byPublication += byPub ? 1 : 0;
                m.goldsteinSum += e.goldstein();
                m.cooperative += e.goldstein() > 0 ? 1 : 0;
                m.conflictual += e.goldstein() < 0 ? 1 : 0;
            }
        }
        return months;
    }

    private static String prefix(String d) {
        return d.length() >= 7 ? d.substring(0, 7) : d;
    }

    /** CAMEO's quad class of an event, from its root. */
    static String quad(EventRecord e) {
        int root = Integer.parseInt(e.cameo().substring(0, 2));
        if (root <= 5) {
            return "1 verbal cooperation";
        }
        if (root <= 8) {
            return "2 material cooperation";
        }
        if (root <= 13) {
            return "3 verbal conflict";
        }
        return "4 material conflict";
    }

    private static String table(Map<String, Month> months, Set<String> cats) {
        StringBuilder sb = new StringBuilder();
        List<String> cols = new ArrayList<>(cats);
        sb.append(String.format("%-8s %6s %7s %8s", "month", "events", "reports", "by pub."));
        for (String c : cols) {
            sb.append(String.format(" %10s", c));
        }
        sb.append(String.format(" %9s %8s%n", "goldstein", "balance"));
        for (Map.Entry<String, Month> e : months.entrySet()) {
            Month m = e.getValue();
            sb.append(String.format("%-8s %6d %7d %8d", e.getKey(), m.total, m.reports, m.byPublication));
            for (String c : cols) {
                sb.append(String.format(" %10d", m.byCategory.getOrDefault(c, 0)));
            }
            sb.append(String.format(Locale.ROOT, " %9.2f %8.2f%n", m.goldstein(), m.balance()));
        }
        return sb.toString();
    }
}
