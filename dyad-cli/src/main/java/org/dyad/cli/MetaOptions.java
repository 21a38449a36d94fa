package org.dyad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.time.DateParsing;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Metadata for inputs that state none themselves (an article's own header or HTML meta tags win), and the limits
 * on one article: its size and its processing time.
 */
final class MetaOptions {
    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for inputs that state none; anchors relative dates.")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that state none.")
    String outlet;

    @Option(names = "--author", paramLabel = "NAME", description = "Author for inputs that state none.")
    String author;

    @Option(names = "--language", paramLabel = "CODE", description = "Language for inputs that state none (e.g. en).")
    String language;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Abandon an article whose processing takes longer than this, with a one-line error naming "
                    + "it, and go on (default: ${DEFAULT-VALUE}; the model load is not counted).")
    long articleTimeout;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    Map<String, String> hints(CommandLine cl) {
        Map<String, String> h = new LinkedHashMap<>();
        if (published != null) {
            String iso = DateParsing.parse(published).map(Object::toString).orElseThrow(() ->
                    new CommandLine.ParameterException(cl, "--published \"" + published + "\" is not a date; use YYYY-MM-DD"));
            h.put("published", iso);
        }
        if (outlet != null) {
            h.put("outlet", outlet);
        }
        if (author != null) {
            h.put("author", author);
        }
        if (language != null) {
            h.put("language", language);
        }
        if (maxBytes <= 0) {
            throw new CommandLine.ParameterException(cl, "--max-bytes must be positive");
        }
        if (articleTimeout <= 0) {
            throw new CommandLine.ParameterException(cl, "--article-timeout must be a positive number of seconds");
        }
        if (threads != null && threads <= 0) {
            throw new CommandLine.ParameterException(cl, "--threads must be positive");
        }
        return h;
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
