package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.ladders.LadderHistory;
import org.dyad.output.RecordJson;
import org.dyad.query.LadderJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad pair USA VNM}: a pair's history on both countries' ladders, each step with its evidence. */
@Command(name = "pair", mixinStandardHelpOptions = true,
        description = {"Show the history of a pair on both countries' ladders, oldest first: every reference record "
                + "(with its source URL) and the statements of stored articles (grouped when several say the same "
                + "thing on the same date, with the first sentences as evidence). Steps marked ! disagree with "
                + "another source. With --as-of, first the pair's rung on each ladder at that date."})
final class PairCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "One country or bloc (USA).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other (VNM).")
    String b;

    @Mixin
    LadderOptions options;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        String x = LadderQueries.code(a, cl, "A");
        String y = LadderQueries.code(b, cl, "B");
        String date = options.date(cl);
        try (LadderQueries q = LadderQueries.open(store)) {
            List<LadderHistory.Step> steps = q.model.history(x, y);
            List<LadderHistory.Standing> now = date == null ? List.of() : q.model.standings(x, y, date);
            switch (options.format) {
                case "json" -> out.println(RecordJson.write(LadderJson.pair(x, y, date, now, steps)));
                case "csv" -> {
                    out.println("date,ladder,rung,type,statements,conflict,source_kind,source,source_text");
                    for (LadderHistory.Step s : steps) {
                        for (LadderHistory.Source src : s.sources()) {
                            out.println(String.join(",", LadderQueries.csv(s.date()), s.owner(),
                                    s.rung() == null ? "" : s.rung().id(), s.type(), String.valueOf(s.count()),
                                    LadderQueries.csv(s.conflict()), src.kind(), LadderQueries.csv(src.url()),
                                    LadderQueries.csv(src.text())));
                        }
                    }
                }
                default -> table(out, x, y, date, now, steps, q.describe(store));
            }
        }
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, String x, String y, String date, List<LadderHistory.Standing> now,
                              List<LadderHistory.Step> steps, String from) {
        out.printf("%s and %s (%s)%n", LadderQueries.name(x), LadderQueries.name(y), from);
        if (date != null) {
            out.printf("%nas of %s%n", date);
            if (now.isEmpty()) {
                out.println("  on neither ladder");
            }
            for (LadderHistory.Standing s : now) {
                out.printf("  on %s's ladder: %s (%s) since %s%s%n", LadderQueries.name(s.owner()), s.rung().name(),
                        s.rung().id(), s.since() == null ? "an undated record" : LadderCommand.since(s),
                        s.conflict() == null ? "" : "  ! " + s.conflict());
            }
        }
        out.printf("%n%-11s %-7s %-10s %-12s %s%n", "date", "ladder", "rung", "step", "evidence");
        for (LadderHistory.Step s : steps) {
            String step = s.type() + (s.count() > 1 ? " x" + s.count() : "");
            out.printf("%-11s %-7s %-10s %-12s %s%n", s.date() == null ? "undated" : s.date(), s.owner(),
                    s.rung() == null ? "-" : s.rung().id(), step, LadderCommand.source(s.sources().get(0)));
            for (int i = 1; i < s.sources().size(); i++) {
                out.printf("%-11s %-7s %-10s %-12s %s%n", "", "", "", "", LadderCommand.source(s.sources().get(i)));
            }
            if (s.conflict() != null) {
                out.printf("%-11s %-7s %-10s %-12s ! %s%n", "", "", "", "", s.conflict());
            }
        }
    }
}
