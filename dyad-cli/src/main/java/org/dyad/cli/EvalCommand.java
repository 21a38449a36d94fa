package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad eval}: score dyad against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score dyad against gold annotations and print precision, recall and F1."},
        subcommands = {EvalEventsCommand.class, EvalPartnershipsCommand.class, EvalQuotesCommand.class,
                EvalForecastsCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
