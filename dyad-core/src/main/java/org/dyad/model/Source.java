package org.dyad.model;

import java.util.Map;
import java.util.Objects;

/**
 * One input as given by the user, before decoding.
 *
 * @param id    the name the user gave (a path as typed, a URL); it labels records and errors
 * @param bytes the raw content
 * @param hints metadata given on the command line ({@code published}, {@code outlet}, ...), used where the input
 *              itself states none
 */
public record Source(String id, byte[] bytes, Map<String, String> hints) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        hints = hints == null ? Map.of() : Map.copyOf(hints);
    }
}
