package org.dyad.clean;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random strings of markup, entity fragments, boilerplate and Unicode through both cleaners: no exception, and the
 * invariant holds. {@code -Ddyad.random.inputs=N} runs more; a failure reports its seed.
 */
class RandomInputTest {
    private static final List<String> PIECES = List.of("&", "&amp;", "&amp", "&#", "&#x", "&#x1F600;", "&#55296;",
            "&nbsp", "&nbsp;", "&notit;", "&lt;p&gt;", "<p>", "</p>", "<div class='ad-slot'>", "<div>", "</div>",
            "<article>", "</article>", "<h1>", "</h1>", "<br>", "<script>", "</script>", "<style>", "<pre>", "</pre>",
            "<![CDATA[", "]]>", "<!--", "-->", "<nav>", "<table>", "<td>", "<b>", "</i>", "<svg>", "<img onerror=x>",
            "\n", "\n\n", "\r\n", " ", "\t", "\u00A0", "[ad_1]", "Share this:", "Leave a Reply", "title: x\n---\n",
            "See also: a link", "Advertisement", "cookies", "We use cookies on our site, you agree.", "word", "Hà Nội",
            "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\uFEFF", "é", "中文", "—");

    @Test
    void twoHundredRandomInputsKeepTheInvariant() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < Integer.getInteger("dyad.random.inputs", 200); n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(4) == 0) {
                    sb.append((char) random.nextInt(0x3000));
                } else {
                    sb.append(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            String input = sb.toString();
            try {
                CleanFixtures.assertInvariant(CleanFixtures.text(input));
                CleanFixtures.assertInvariant(CleanFixtures.html(input));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", input #" + n + ": " + escape(input), e);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }
}
