package org.dyad.web;

import io.javalin.config.RoutesConfig;

/** The server-rendered pages, each a handler class; here only where each is mounted. */
final class Pages {
    private Pages() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/", cache.wrap(ctx -> Out.html(ctx, HomePage.render(reads))));
        r.get("/ladder/{owner}", cache.wrap(ctx -> Out.html(ctx, LadderPage.render(ctx, reads, false))));
        r.get("/ladder/{owner}/rungs", cache.wrap(ctx -> Out.html(ctx, LadderPage.render(ctx, reads, true))));
        r.get("/pair/{a}/{b}", cache.wrap(ctx -> Out.html(ctx, PairPage.render(ctx, reads))));
        r.get("/article/{id}", cache.wrap(ctx -> Out.html(ctx, ArticlePage.render(reads,
                reads.article(Params.id(ctx, "id"))))));
        r.get("/article", ctx -> {
            String key = ctx.queryParam("key");
            if (key == null || key.isBlank() || key.length() > 2000) {
                throw ApiError.badRequest("key is required (at most 2000 characters): the article's URL or path "
                        + "as stored");
            }
            long id = reads.store.article(key).orElseThrow(() -> ApiError.notFound("no article with that key"))
                    .id();
            ctx.redirect("/article/" + id);
        });
        r.get("/search", cache.wrap(ctx -> Out.html(ctx, ListPages.search(ctx, reads))));
        r.get("/quotes", cache.wrap(ctx -> Out.html(ctx, ListPages.quotes(ctx, reads))));
        r.get("/forecasts", cache.wrap(ctx -> Out.html(ctx, ListPages.forecasts(ctx, reads))));
        r.get("/story/{id}", cache.wrap(ctx -> Out.html(ctx, ListPages.story(ctx, reads))));
    }
}
