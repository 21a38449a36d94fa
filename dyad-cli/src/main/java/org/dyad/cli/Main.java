package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: news in, a sourced and queryable record of how countries relate out. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a sourced, queryable record of how countries relate.",
        subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, ShowCommand.class,
                EventsCommand.class, TimelineCommand.class, LadderCommand.class, PairCommand.class,
                QuotesCommand.class, ForecastsCommand.class, ScorecardCommand.class, StoryCommand.class,
                EvalCommand.class, ExportCommand.class, ImportCommand.class,
                DemoCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  some inputs failed (each named on stderr); the others were processed",
                "  2  usage error (bad option or argument)", "  3  the store or a file could not be opened or written"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--db", paramLabel = "PATH", description = StoreOption.DESCRIPTION)
    String db;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to {@code out} and {@code err} instead of the console; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        // The global --db reaches every command's store option, however deeply it is mixed in.
        cl.setExecutionStrategy(parsed -> {
            StoreOption.GLOBAL.set(main.db);
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                StoreOption.GLOBAL.remove();
            }
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("dyad: " + oneLine(ex));
            if (System.getenv("DYAD_TRACE") != null) {
                ex.printStackTrace(line.getErr()); // for a bug report: where the error came from
            }
            return ExitCodes.FATAL;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return m.replace('\n', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints dyad's release and the pipeline stamp. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad " + PipelineVersion.release(), "data " + PipelineVersion.dataDigest()};
        }
    }
}
