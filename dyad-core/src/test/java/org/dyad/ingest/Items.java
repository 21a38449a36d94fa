package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test helper: drains a source. */
final class Items {
    private Items() {
    }

    static List<SourceItem> all(ArticleSource s) {
        List<SourceItem> out = new ArrayList<>();
        try (s) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    static String text(RawArticle a) {
        try {
            return new String(a.load(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
