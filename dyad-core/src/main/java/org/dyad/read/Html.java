package org.dyad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Parses HTML the one way dyad does everywhere: with source positions tracked, so nodes map back to the text. */
public final class Html {
    private Html() {
    }

    /** Parses {@code text} (the original decoded input); {@code baseUri} may be empty. */
    public static Document parse(String text, String baseUri) {
        return Jsoup.parse(text, baseUri == null ? "" : baseUri, Parser.htmlParser().setTrackPosition(true));
    }
}
