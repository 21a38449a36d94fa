package org.dyad.pipeline;

import java.util.Set;

/**
 * One step of the pipeline. A stage reads the layers it {@link #requires()} and adds the layers it
 * {@link #provides()}; {@link Pipeline} checks once, when it is built, that every requirement is met by an earlier
 * stage. Implementations must be safe to call from several threads at once on different documents.
 */
public interface Stage {

    /** A stable short name, used in provenance ({@code rule} fields), timings and error messages. */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    /**
     * Adds this stage's layers to the document.
     *
     * @throws BadInputException when the input itself is at fault (the message says why, in one line)
     */
    void process(Doc doc) throws BadInputException;
}
