package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The gold file, the seeds folder and the parse cache shared by {@code eval quotes} and {@code eval forecasts}. */
final class SeedsGoldOptions {
    @Parameters(paramLabel = "GOLD", description = "seeds-dev.json.")
    Path gold;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Folder of the seed articles (default: the seeds folder beside the gold file's folder).")
    Path seeds;

    @Option(names = "--parsed", paramLabel = "FILE",
            description = "Reuse the parsed articles saved in FILE, or save them there on the first run.")
    Path parsed;

    /** The seed files parsed by the standard pipeline (or read from the cache), or null when one is missing. */
    List<ParsedCorpus.Parsed> parse(Collection<String> files, PrintWriter err) throws IOException {
        Path dir = seeds != null ? seeds : gold.toAbsolutePath().getParent().resolveSibling("seeds");
        List<ParsedCorpus.Text> texts = new ArrayList<>();
        for (String name : files) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                err.println("dyad: seed article " + f + " not found (use --seeds DIR)");
                return null;
            }
            texts.add(new ParsedCorpus.Text(name, Files.readAllBytes(f), Map.of()));
        }
        return ParsedCorpus.parseCached(parsed, texts, err);
    }
}
