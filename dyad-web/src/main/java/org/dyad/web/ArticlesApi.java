package org.dyad.web;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.copies.Story;
import org.dyad.output.Extraction;
import org.dyad.store.StoredArticle;

/** {@code /api/articles}: search and list articles; one article with everything extracted from it. */
final class ArticlesApi {
    private ArticlesApi() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/api/articles", cache.wrap(ctx -> Out.json(ctx, reads.articles(Params.text(ctx, "q"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.queryCode(ctx, "country"), Params.offset(ctx),
                Params.limit(ctx)))));
        r.get("/api/articles/{id}", cache.wrap(ctx -> Out.json(ctx, show(reads, reads.article(Params.id(ctx, "id"))))));
    }

    /** An article: its store identity, the article record, its entities and facts, and its story if it has copies. */
    static Map<String, Object> show(Reads reads, StoredArticle a) {
        Extraction x = a.extraction();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("key", a.key());
        m.put("ingested_at", a.ingestedAt());
        m.put("article", x.article());
        m.put("entities", x.entities());
        m.put("facts", x.facts());
        m.put("story", story(reads, a.key()));
        return m;
    }

    /** The story an article belongs to, when it has other members; else null. */
    static Story story(Reads reads, String key) {
        return reads.store.copies().get(key).flatMap(e -> reads.store.story(e.story()))
                .filter(s -> s.members().size() > 1).orElse(null);
    }
}
