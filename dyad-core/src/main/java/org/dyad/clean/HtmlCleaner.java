package org.dyad.clean;

import org.dyad.text.CleanText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans an HTML page: finds the main content ({@link ContentFinder}), keeps its text with the headline first
 * ({@link HtmlText}: entities decoded, white space collapsed, blocks separated by a blank line), drops chrome, then
 * applies the text rules to the resulting paragraphs. Every cleaned char maps to the original chars it came from (one
 * char, an entity, or the first char of a white-space run); separators map to an empty range. Visible text that was
 * dropped is recorded as removed spans. The page must have been parsed with positions tracked
 * ({@code org.dyad.read.Html.parse}); text without positions is skipped. Thread-safe.
 */
public final class HtmlCleaner {
    private final BoilerplateRules rules;
    private final LineRules lines;

    public HtmlCleaner(BoilerplateRules rules) {
        this.rules = rules;
        this.lines = new LineRules(rules);
    }

    /** Cleans {@code page}, parsed from {@code original}. */
    public CleanText clean(String original, Document page) {
        CleanText.Builder draft = new CleanText.Builder(original);
        Element body = page.body();
        if (body != null) {
            PageRules bound = new PageRules(rules, page);
            PageStats stats = PageStats.of(body, bound);
            Chrome chrome = new Chrome(bound, stats, body);
            ContentFinder.Found found = ContentFinder.find(body, rules, chrome, stats);
            HtmlText text = new HtmlText(original, draft, chrome);
            if (found.headline() != null) {
                text.emit(found.headline());
            }
            text.emit(found.content());
            Outside.record(body, found, original, chrome, draft);
        }
        return lines.apply(draft.build());
    }
}
