package org.dyad.actors;

/** Normalisation that keeps length, so indices into a normalised string are indices into the original. */
final class Names {
    private Names() {
    }

    /** Curly apostrophes to straight, dashes to hyphen, no-break space to space; one char for one char. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u02BC' -> c[i] = '\'';
                case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011' -> c[i] = '-';
                case '\u00A0' -> c[i] = ' ';
                default -> {
                }
            }
        }
        return new String(c);
    }
}
