package org.dyad.clean;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a {@link Rule} applies and what its pattern is. Text scopes take a Java regular expression, matched
 * case-insensitively against one line (a paragraph) with its surrounding white space trimmed; HTML scopes take a jsoup
 * CSS selector, except {@link #HTML_WORD}, a regular expression for one word of an element's id or class.
 */
public enum Scope {
    /** A {@code key: value} line of a header block; the block starts at the first line and ends at a line {@code ---}. */
    HEADER(true),
    /** A whole line matching the pattern is removed. */
    LINE(true),
    /** Each match is removed from inside its line (with the white space it leaves doubled). */
    INLINE(true),
    /** This line and every line after it are removed: a comment section. Before any article text, only the line goes. */
    TAIL(true),
    /** Two or more identical consecutive paragraphs matching the pattern (a photo caption) are all removed. */
    CAPTION(true),
    /** A paragraph identical to the one before it and matching the pattern: the later copies are removed. */
    DUPLICATE(true),
    /** A candidate for the main content, in priority order (HTML). */
    HTML_CONTENT(false),
    /** Never visible (scripts, styles): dropped without recording a removed span (HTML). */
    HTML_SKIP(false),
    /** Page chrome: the element is dropped and recorded as {@code html-chrome:<id>} (HTML). */
    HTML_DROP(false),
    /** A word of an element's id or class (split at spaces, hyphens, underscores, case changes) marking chrome (HTML). */
    HTML_WORD(true);

    private final boolean regex;

    Scope(boolean regex) {
        this.regex = regex;
    }

    /** Whether the pattern is a regular expression (otherwise a CSS selector). */
    public boolean regex() {
        return regex;
    }

    /** The name used in rules files: lower case, hyphens for underscores ({@code html-drop}). */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Scope> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName().equals(name)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(Scope::fileName).collect(Collectors.joining(", "));
    }
}
