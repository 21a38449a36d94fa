package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Rung;
import org.dyad.output.RecordJson;
import org.dyad.query.LadderJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ladder VNM --as-of 2023-04-16}: a country's partnership ladder at a date, each row with its source. */
@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = {"Show a country's partnership ladder as of a date: its partners on each rung, top first, each "
                + "with the date it reached the rung and its source (the reference history's URL, and the first "
                + "article sentences in the store that say so). Rows marked ! have sources that disagree. Then the "
                + "counts per rung, reconciled with the counts articles state (Vietnamese counts of strategic "
                + "partners include the comprehensive strategic partners). Works without a store."})
final class LadderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OWNER", description = "Whose ladder: VNM, CHN, IND, IDN, JPN, AUS, EUR, USA.")
    String owner;

    @Mixin
    LadderOptions options;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the ladder as an SVG chart: rungs as "
            + "rows, partners placed by the date they reached the rung.")
    Path chart;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        String code = LadderQueries.code(owner, cl, "OWNER");
        String date = options.date(cl);
        try (LadderQueries q = LadderQueries.open(store)) {
            LadderHistory.LadderView view;
            try {
                view = q.model.ladder(code, date);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            List<LadderHistory.Count> counts = view.counts();
            switch (options.format) {
                case "json" -> out.println(RecordJson.write(LadderJson.ladder(view, counts)));
                case "csv" -> csv(out, view);
                default -> table(out, view, counts, q.describe(store));
            }
            if (chart != null) {
                try {
                    Path parent = chart.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.writeString(chart, LadderChart.svg(view), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    cl.getErr().println("dyad: cannot write the chart to " + chart + ": " + e.getMessage());
                    return ExitCodes.FATAL;
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, LadderHistory.LadderView view, List<LadderHistory.Count> counts,
                              String from) {
        out.printf("%s ladder as of %s (%s)%n%n", LadderQueries.name(view.owner()),
                view.asOf() == null ? "the latest record" : view.asOf(), from);
        out.printf("%-4s %-48s %-28s %-11s %s%n", "rank", "rung", "partner", "since", "source");
        for (Map.Entry<Rung, List<LadderHistory.Standing>> e : view.rungs().entrySet()) {
            Rung r = e.getKey();
            String rung = r.name() + " (" + r.id() + ")";
            if (e.getValue().isEmpty()) {
                out.printf("%-4d %-48s %-28s %-11s %s%n", r.rank(), rung, "-", "", "");
            }
            for (LadderHistory.Standing s : e.getValue()) {
                String partner = LadderQueries.name(s.partner()) + " (" + s.partner() + ")";
                out.printf("%-4d %-48s %-28s %-11s %s%n", r.rank(), rung,
                        (s.conflict() != null ? "! " : "") + partner, since(s),
                        source(s.sources().get(0)));
                for (int i = 1; i < s.sources().size(); i++) {
                    out.printf("%-4s %-48s %-28s %-11s %s%n", "", "", "", "", source(s.sources().get(i)));
                }
                if (s.conflict() != null) {
                    out.printf("%-4s %-48s %-28s %-11s ! %s%n", "", "", "", "", s.conflict());
                }
                rung = "";
            }
        }
        out.printf("%ncounts%n");
        for (LadderHistory.Count c : counts) {
            out.printf("  %-40s %3d on this rung", c.rung().name(), c.exclusive());
            if (c.rung().counts().size() > 1) {
                out.printf(", %d counting the rungs above", c.inclusive());
            }
            out.println();
            for (LadderHistory.StatedCount sc : c.stated()) {
                out.printf("    an article states %d (%s, %s): %s%n", sc.count(), sc.source().doc(), sc.date(), sc.note());
            }
        }
    }

    /** "2013-07-25", "by 2024-05" when the sources only say the rung held by then, "undated". */
    static String since(LadderHistory.Standing s) {
        return s.since() == null ? "undated" : s.arrival() ? s.since() : "by " + s.since();
    }

    /** One source in a table cell: the reference URL, or the article and its sentence. */
    static String source(LadderHistory.Source s) {
        if (s.kind().equals("reference")) {
            return "reference " + s.url() + ("verified".equals(s.confidence()) ? "" : " (unverified)");
        }
        String text = s.text().length() > 110 ? s.text().substring(0, 107) + "..." : s.text();
        return "article " + (s.doc() == null ? s.url() : s.doc()) + (s.published() == null ? "" : " " + s.published())
                + " " + s.statement() + ": \"" + text + "\"";
    }

    private static void csv(PrintWriter out, LadderHistory.LadderView view) {
        out.println("owner,as_of,rank,rung,rung_name,partner,partner_name,since,conflict,source_kind,source,"
                + "source_text");
        for (Map.Entry<Rung, List<LadderHistory.Standing>> e : view.rungs().entrySet()) {
            for (LadderHistory.Standing s : e.getValue()) {
                for (LadderHistory.Source src : s.sources()) {
                    out.println(String.join(",", view.owner(), LadderQueries.csv(view.asOf()),
                            String.valueOf(e.getKey().rank()), e.getKey().id(), LadderQueries.csv(e.getKey().name()),
                            s.partner(), LadderQueries.csv(LadderQueries.name(s.partner())),
                            LadderQueries.csv(s.since()), LadderQueries.csv(s.conflict()), src.kind(),
                            LadderQueries.csv(src.url()), LadderQueries.csv(src.text())));
                }
            }
        }
    }
}
