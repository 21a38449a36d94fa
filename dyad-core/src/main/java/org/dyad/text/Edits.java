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

    /**
     * True when {@code a} and {@code b} are one letter added, one dropped or two neighbours swapped apart (not one
     * letter changed): the slips of typing a known name ("Ethopia", "Quatar", "Irleand"), which, unlike a changed
     * letter, rarely turn one real name into another ("Malta" and "Yalta").
     */
    public static boolean oneSlip(String a, String b) {
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        return Math.abs(a.length() - b.length()) == 1 && atMostOne(a, b);
    }
}
