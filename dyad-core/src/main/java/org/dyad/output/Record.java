package org.dyad.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dyad.text.Evidence;

/**
 * One line of the output contract ({@code dyad extract --format jsonl}): every record names the input it came from
 * ({@code doc}), its {@code kind}, and the {@code evidence} spans it rests on.
 */
public interface Record {
    String doc();

    @JsonProperty("kind")
    String kind();

    List<Evidence> evidence();
}
