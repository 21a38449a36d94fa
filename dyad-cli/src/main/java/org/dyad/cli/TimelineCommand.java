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
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyad.query.Timeline.Month;
import org.dyad.query.TimelineChart;
import org.dyad.store.Store;
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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String x = pair.codeA();
        String y = pair.codeB();
        Map<String, Month> months;
        try (Store st = store.open()) {
            months = st.timeline(x, y, allStatuses, allReports, pair.from, pair.to);
        }
        Set<String> cats = new TreeSet<>();
        months.values().forEach(m -> cats.addAll(m.byCategory().keySet()));
        out.print(table(months, cats));
        out.printf("%d event%s (%d report%s) between %s and %s in %d month%s%s%s%n",
                months.values().stream().mapToInt(Month::total).sum(), "s",
                months.values().stream().mapToInt(Month::reports).sum(), "s", x, y, months.size(),
                months.size() == 1 ? "" : "s", allStatuses ? " (all statuses)" : " (happened or ongoing)",
                allReports ? ", every report counted" : ", each event once");
        if (chart != null) {
            Files.writeString(chart, TimelineChart.svg(x + " – " + y, months), StandardCharsets.UTF_8);
            out.println("chart written to " + chart);
        }
        return ExitCodes.OK;
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
            sb.append(String.format("%-8s %6d %7d %8d", e.getKey(), m.total(), m.reports(), m.byPublication()));
            for (String c : cols) {
                sb.append(String.format(" %10d", m.byCategory().getOrDefault(c, 0)));
            }
            sb.append(String.format(Locale.ROOT, " %9.2f %8.2f%n", m.goldstein(), m.balance()));
        }
        return sb.toString();
    }
}
