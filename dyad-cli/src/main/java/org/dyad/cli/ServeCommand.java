package org.dyad.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.nlp.Dyad;
import org.dyad.store.Store;
import org.dyad.web.DyadServer;
import org.dyad.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the web pages and the JSON API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP until interrupted: pages (ladders with a date slider, pairs with "
                + "their timeline and events, articles with every fact highlighted, search, quotes, forecasts) and "
                + "a JSON API under /api described at /api/openapi.json. Reads are open unless --read-token is "
                + "given; POST /api/articles ingests an article when --ingest-token is given."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:DYAD_INGEST_TOKEN}",
            description = "Allow POST /api/articles with Authorization: Bearer TOKEN (default: $DYAD_INGEST_TOKEN; "
                    + "unset: ingest over HTTP is refused).")
    String ingestToken;

    @Option(names = "--read-token", paramLabel = "TOKEN", defaultValue = "${env:DYAD_READ_TOKEN}",
            description = "Require this token for reading too (default: $DYAD_READ_TOKEN; unset: reads are open).")
    String readToken;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--ingest-rate", paramLabel = "N", defaultValue = "30",
            description = "Ingest requests allowed a minute, in bursts of up to 5 (default: ${DEFAULT-VALUE}).")
    int ingestRate;

    @Option(names = "--allow-private-fetch", description = "Let POST /api/feeds fetch from this machine and "
            + "private networks (by default only hosts on the public internet, so that the server cannot be used to "
            + "reach its own network).")
    boolean allowPrivateFetch;

    @Option(names = "--cache", paramLabel = "N", defaultValue = "1000",
            description = "Responses kept in memory, emptied by every ingest (default: ${DEFAULT-VALUE}; 0: none).")
    int cache;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WebSettings settings;
        try {
            settings = WebSettings.defaults().withHost(host).withPort(port)
                    .withTokens(blank(ingestToken), blank(readToken)).withLimits(maxBody, ingestRate, 5).withCache(cache)
                    .withPrivateFetch(allowPrivateFetch);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Store st = store.open();
        Javalin app = DyadServer.create(st, settings, () -> Dyad.standard()::process);
        try {
            app.start();
        } catch (RuntimeException e) {
            st.close();
            spec.commandLine().getErr().println("dyad: cannot listen on " + host + ":" + port + ": "
                    + Main.oneLine(e.getCause() != null ? e.getCause() : e) + " (is another server on that port? "
                    + "try --port 0 for a free one)");
            return ExitCodes.FATAL;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            st.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        out.printf("dyad serve: %s on http://%s:%d/ (API: /api/openapi.json; ingest %s; reads %s). Ctrl-C stops.%n",
                store.location(), host.contains(":") ? "[" + host + "]" : host, app.port(),
                settings.ingestToken() == null ? "off" : "with token", settings.readToken() == null ? "open"
                        : "with token");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
