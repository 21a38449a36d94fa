package org.dyad.clean;

import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;

/**
 * One row of a rules file: a stable id (what {@code CleanText.Removed.rule} reports), where it applies, its pattern
 * compiled once, and a note for humans. Immutable and thread-safe.
 *
 * @param id      a readable, stable name such as {@code cookie-notice}; several rows may share an id
 * @param scope   where the rule applies
 * @param pattern the pattern as written in the file
 * @param note    what the rule is for
 * @param origin  {@code file:line} the rule came from, for messages
 * @param regex   the compiled pattern of a regular-expression scope, else {@code null}
 * @param css     the compiled selector of a CSS scope, else {@code null}
 */
public record Rule(String id, Scope scope, String pattern, String note, String origin, Pattern regex, Evaluator css) {

    /** Flags of every regular expression in a rules file: case-insensitive, Unicode-aware {@code \b}, {@code \w}. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Whether the whole of {@code s} matches this rule's regular expression. */
    public boolean matches(CharSequence s) {
        return regex.matcher(s).matches();
    }
}
