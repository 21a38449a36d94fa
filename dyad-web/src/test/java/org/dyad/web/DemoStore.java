package org.dyad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.PipelineVersion;
import org.dyad.copies.CopyDetector;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.store.Store;
import org.dyad.store.Stores;

/**
 * The demo store the web tests read: the bundled examples and the hostile articles of {@code hostile/}, through the
 * real pipeline, with copy detection, as {@code dyad demo} builds it. Built once into {@code target/demo-store/}
 * and reused while the inputs and the pipeline's data are unchanged (about a minute to build: CoreNLP).
 */
final class DemoStore {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path HOSTILE = Path.of("src", "test", "resources", "hostile");

    private static Path built;

    private DemoStore() {
    }

    /** The store's file, built if needed. */
    static synchronized Path path() {
        if (built != null) {
            return built;
        }
        try {
            List<Path> inputs = inputs();
            Path db = Path.of("target", "demo-store", "demo-" + digest(inputs) + ".db").toAbsolutePath();
            if (!Files.exists(db)) {
                Path tmp = db.resolveSibling("building-" + ProcessHandle.current().pid() + ".db");
                Files.createDirectories(db.getParent());
                Dyad dyad = Dyad.standard();
                try (Store st = Stores.open(tmp.toString())) {
                    for (Path f : inputs) {
                        CopyDetector.ingest(st, key(f), dyad.process(new Source(f.toString(), Files.readAllBytes(f),
                                Map.of())));
                    }
                }
                Files.move(tmp, db);
            }
            built = db;
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the demo store: " + e, e);
        }
    }

    /** An input's identity in the store, as {@code dyad ingest} gives it: its file URI. */
    static String key(Path f) {
        return f.toAbsolutePath().normalize().toUri().toString();
    }

    static List<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(EXAMPLES, HOSTILE)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().matches(".*\\.(txt|html)$") && !p.getFileName().toString()
                        .equals("README.md")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private static String digest(List<Path> inputs) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(PipelineVersion.dataDigest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Path p : inputs) {
            md.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(p));
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    }

    /** The article number of an input in an open store. */
    static long id(Store st, Path input) {
        return st.article(key(input)).orElseThrow(() -> new UncheckedIOException(new IOException("not stored: "
                + input))).id();
    }
}
