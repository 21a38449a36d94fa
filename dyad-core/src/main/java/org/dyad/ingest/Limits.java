package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.dyad.pipeline.BadInputException;

/** The size limit for one article, and reading within it. */
final class Limits {
    private Limits() {
    }

    static String tooBig(long size, long max, String what) {
        return String.format(Locale.ROOT, "%s is %.1f MB, over the %.1f MB limit for one article (raise it with --max-bytes)",
                what, size / 1048576.0, max / 1048576.0);
    }

    /**
     * Reads a stream to its end, refusing it once it passes {@code max} bytes (so a compressed bomb is stopped after
     * {@code max} bytes of output, not when memory runs out).
     */
    static byte[] read(InputStream in, long max, String what) throws IOException, BadInputException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new BadInputException(String.format(Locale.ROOT,
                        "%s is over the %.1f MB limit for one article (raise it with --max-bytes)", what, max / 1048576.0));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
