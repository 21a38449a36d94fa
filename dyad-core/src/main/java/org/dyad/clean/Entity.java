package org.dyad.clean;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Decodes the HTML character reference starting at an {@code '&'} of the original text: {@code &amp;amp;},
 * {@code &amp;#8217;}, {@code &amp;#x2019;}, and the legacy names without a semicolon ({@code &amp;amp},
 * {@code &amp;nbsp}). The decoded chars all stand for the whole reference.
 */
final class Entity {
    private static final int MAX_NAME = 32;
    private static final int MAX_DIGITS = 10;

    /** The chars a reference decodes to, and how many original chars it spans. */
    record Decoded(String text, int length) {
    }

    private Entity() {
    }

    /** The reference at {@code s[at]} (an {@code '&'}) reading no further than {@code limit}, or {@code null}. */
    static Decoded at(String s, int at, int limit) {
        int j = at + 1;
        if (j < limit && s.charAt(j) == '#') {
            return numeric(s, at, limit);
        }
        while (j < limit && j - at <= MAX_NAME && isAsciiAlnum(s.charAt(j))) {
            j++;
        }
        String name = s.substring(at + 1, j);
        if (name.isEmpty()) {
            return null;
        }
        if (j < limit && s.charAt(j) == ';' && Entities.isNamedEntity(name)) {
            return new Decoded(Entities.getByName(name), j + 1 - at);
        }
        for (int len = name.length(); len > 0; len--) {
            String prefix = name.substring(0, len);
            if (Entities.isBaseNamedEntity(prefix)) {
                return new Decoded(Entities.getByName(prefix), len + 1);
            }
        }
        return null;
    }

    private static Decoded numeric(String s, int at, int limit) {
        int j = at + 2;
        boolean hex = j < limit && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
        if (hex) {
            j++;
        }
        int digits = j;
        while (j < limit && j - digits < MAX_DIGITS && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0
                && s.charAt(j) < 128) {
            j++;
        }
        if (j == digits) {
            return null;
        }
        if (j < limit && s.charAt(j) == ';') {
            j++;
        }
        String decoded = Parser.unescapeEntities(s.substring(at, j), false);
        return decoded.isEmpty() || decoded.charAt(0) == '&' ? null : new Decoded(decoded, j - at);
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
