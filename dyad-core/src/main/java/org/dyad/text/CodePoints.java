package org.dyad.text;

/**
 * Converts Java char indices of one string into Unicode code-point indices, the unit of the output contract
 * (a character outside the Basic Multilingual Plane is two Java chars but one code point). Immutable; O(1) per
 * lookup after an O(n) scan, and no table at all for strings without surrogate pairs.
 */
public final class CodePoints {
    private final int[] cpBefore;

    public CodePoints(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) {
            any = Character.isHighSurrogate(s.charAt(i));
        }
        if (!any) {
            cpBefore = null;
            return;
        }
        cpBefore = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            cpBefore[i] = cp;
            boolean pairStart = Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (!pairStart) {
                cp++;
            }
        }
        cpBefore[s.length()] = cp;
    }

    /** Code-point index of char index {@code charIndex} (0..length inclusive). */
    public int of(int charIndex) {
        return cpBefore == null ? charIndex : cpBefore[charIndex];
    }
}
