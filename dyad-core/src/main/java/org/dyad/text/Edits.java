package org.dyad.text;

/** Edit distance, only as far as dyad needs it: whether two strings are at most one insertion, deletion or change apart. */
public final class Edits {
    private Edits() {
    }

    /** True when {@code a} and {@code b} are equal or one edit apart. Linear in the strings' length. */
    public static boolean atMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || i == a.length() && j == b.length();
    }
}
