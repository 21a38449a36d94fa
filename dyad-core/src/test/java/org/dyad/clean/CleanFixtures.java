package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.dyad.model.Format;
import org.dyad.model.Input;
import org.dyad.read.Html;
import org.dyad.text.CleanText;
import org.jsoup.parser.Parser;

/** Shared helpers of the cleaning tests: building inputs, rendering removed spans, checking the offset invariant. */
final class CleanFixtures {
    /** Golden files, read and (with {@code -Ddyad.golden.update=true}) written in the source tree. */
    static final Path GOLDEN = Path.of("src/test/resources/clean");
    static final CleanStage STAGE = new CleanStage();

    private CleanFixtures() {
    }

    static Input input(String text, boolean html) {
        return new Input(text, "UTF-8", html ? Format.HTML : Format.TEXT, "", html ? Html.parse(text, "") : null);
    }

    static CleanText text(String text) {
        return STAGE.clean(input(text, false));
    }

    static CleanText html(String text) {
        return STAGE.clean(input(text, true));
    }

    /** One line per removed span: {@code rule<TAB>first 60 chars of the removed original text}, newlines as \n. */
    static String removedReport(CleanText c) {
        StringBuilder sb = new StringBuilder();
        for (CleanText.Removed r : c.removed()) {
            String s = c.original().substring(r.start(), r.end());
            s = s.substring(0, Math.min(60, s.length())).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
            sb.append(r.rule()).append('\t').append(s).append('\n');
        }
        return sb.toString();
    }

    /**
     * Every cleaned char that is not an inserted separator stands for original chars that are that char, an entity
     * that decodes to it, or white space (for a space); removed spans never overlap kept chars.
     */
    static void assertInvariant(CleanText c) {
        String o = c.original();
        String t = c.text();
        boolean[] kept = new boolean[o.length()];
        for (int i = 0; i < t.length(); i++) {
            int s = c.origStart(i);
            int e = c.origEnd(i);
            if (s < 0 || e < s || e > o.length()) {
                fail("char " + i + " maps outside the original: [" + s + "," + e + ")");
            }
            char ch = t.charAt(i);
            if (s == e) {
                assertTrue(Character.isWhitespace(ch), "inserted char " + i + " is not a separator: " + (int) ch);
                continue;
            }
            String src = o.substring(s, e);
            if (!standsFor(src, ch)) {
                fail("cleaned char " + i + " '" + ch + "' maps to '" + src + "' at [" + s + "," + e + ")");
            }
            for (int k = s; k < e; k++) {
                kept[k] = true;
            }
        }
        for (CleanText.Removed r : c.removed()) {
            assertTrue(0 <= r.start() && r.start() < r.end() && r.end() <= o.length(), "bad removed span " + r);
            for (int k = r.start(); k < r.end(); k++) {
                assertFalse(kept[k], "removed span " + r + " overlaps kept char at " + k);
            }
        }
    }

    private static boolean standsFor(String src, char ch) {
        if (src.length() == 1 && src.charAt(0) == ch) {
            return true;
        }
        String decoded = src.startsWith("&") ? Parser.unescapeEntities(src, false) : src;
        if (ch == ' ') {
            return !decoded.isEmpty() && (decoded.isBlank() || decoded.equals("\u00A0"));
        }
        return src.startsWith("&") && decoded.indexOf(ch) >= 0;
    }
}
