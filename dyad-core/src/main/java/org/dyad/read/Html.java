package org.dyad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Parses HTML the one way dyad does everywhere: with source positions tracked, so nodes map back to the text. */
public final class Html {
    private Html() {
    }

    /**
     * Parses {@code text} (the original decoded input); {@code baseUri} may be empty. Nesting is kept one level past
     * {@link ReadStage#MAX_HTML_DEPTH}, so that a too-deep page stays detectable (jsoup's own default, 512, would
     * silently flatten it).
     */
    public static Document parse(String text, String baseUri) {
        return Jsoup.parse(text, baseUri == null ? "" : baseUri,
                Parser.htmlParser().setTrackPosition(true).setMaxDepth(ReadStage.MAX_HTML_DEPTH + 1));
    }
}
