package org.dyad.web;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.Story;
import org.dyad.store.StoredArticle;

/** {@code /api/stories/{id}}: the articles of a story (copies of one original), each with how it copies. */
final class StoriesApi {
    private StoriesApi() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/api/stories/{id}", cache.wrap(ctx -> {
            String id = ctx.pathParam("id");
            if (!id.matches("[A-Za-z0-9._:-]{1,80}")) {
                throw ApiError.badRequest("id must be a story id or an article number, got \"" + Params.shorten(id)
                        + "\"");
            }
            Out.json(ctx, json(reads, reads.story(id)));
        }));
    }

    static Map<String, Object> json(Reads reads, Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("original", s.original());
        List<Object> members = new ArrayList<>();
        for (Story.Member mb : s.members()) {
            Map<String, Object> x = new LinkedHashMap<>();
            StoredArticle a = reads.store.article(mb.key()).orElse(null);
            x.put("article", a == null ? null : a.id());
            x.put("key", mb.key());
            x.put("doc", mb.doc());
            x.put("title", a == null ? null : a.extraction().article().title());
            x.put("published", mb.published());
            x.put("words", mb.words());
            x.put("original", mb.key().equals(s.original()));
            x.put("copies", a == null ? List.of() : a.extraction().facts(CopyRecord.class));
            members.add(x);
        }
        m.put("members", members);
        return m;
    }
}
