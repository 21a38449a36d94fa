package org.dyad.actors;

/**
 * Name comparison tolerant of the one-letter damage translation and spinning do to names ("Pham Minh Chin" for
 * "Pham Minh Chinh"): names of four letters or more may differ by one edit.
 */
final class Fuzzy {
    private Fuzzy() {
    }

    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return org.dyad.text.Edits.atMostOne(a, b);
    }

    /** Same number of tokens, all equal but the last, which may differ by one edit. */
    static boolean sameFullName(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return sameName(a[a.length - 1], b[b.length - 1]);
    }
}
