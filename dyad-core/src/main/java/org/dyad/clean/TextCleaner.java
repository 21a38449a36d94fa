package org.dyad.clean;

import org.dyad.text.CleanText;

/**
 * Cleans plain text: removes the lines, inline markers, header block, comment section and repeated captions the
 * rules describe, replaces each no-break space (U+00A0) by a plain space, and keeps everything else exactly, with
 * paragraphs separated as in the original (at most one blank line, none at the ends). Every cleaned char maps to
 * the one original char it came from. Thread-safe.
 */
public final class TextCleaner {
    private final LineRules lines;

    public TextCleaner(BoilerplateRules rules) {
        this.lines = new LineRules(rules);
    }

    public CleanText clean(String original) {
        CleanText.Builder draft = new CleanText.Builder(original);
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            draft.append(c == '\u00A0' ? ' ' : c, i, i + 1);
        }
        return lines.apply(draft.build());
    }
}
