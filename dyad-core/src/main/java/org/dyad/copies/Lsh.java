package org.dyad.copies;

/**
 * The LSH band keys of a signature: {@value #SYN_BANDS} bands of {@value #SYN_ROWS} rows of the synonym-shingle
 * MinHash (two texts with shingle Jaccard 0.5 share a band with probability 0.99, with 0.1 with probability 0.03)
 * and {@value #NAME_BANDS} bands of {@value #NAME_ROWS} rows of the names MinHash (Jaccard 0.8: 0.99; 0.5: 0.54;
 * four rows, not three, because the names of news repeat: "Vietnam", "China", "2023" would otherwise put many
 * unrelated articles in one bucket). A key is a
 * 64-bit hash of the band's number and values; articles sharing a key are candidates. Stateless.
 */
public final class Lsh {
    public static final int SYN_ROWS = 3;
    public static final int SYN_BANDS = Signature.SYN / SYN_ROWS;
    public static final int NAME_ROWS = 4;
    public static final int NAME_BANDS = Signature.NAMES / NAME_ROWS;
    public static final int BANDS = SYN_BANDS + NAME_BANDS;

    private Lsh() {
    }

    /** The {@link #BANDS} band keys of a signature; none for a text too short to classify. */
    public static long[] keys(Signature s) {
        if (s.length() < Classifier.MIN_WORDS) {
            return new long[0];
        }
        long[] out = new long[s.nNames() == 0 ? SYN_BANDS : BANDS];
        for (int b = 0; b < SYN_BANDS; b++) {
            out[b] = band(b, s.syn(), b * SYN_ROWS, SYN_ROWS);
        }
        for (int b = 0; b < out.length - SYN_BANDS; b++) {
            out[SYN_BANDS + b] = band(SYN_BANDS + b, s.names(), b * NAME_ROWS, NAME_ROWS);
        }
        return out;
    }

    private static long band(int band, int[] values, int from, int rows) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int i = from; i < from + rows; i++) {
            h = Signature.mix(h ^ (values[i] & 0xffffffffL));
        }
        return h;
    }
}
