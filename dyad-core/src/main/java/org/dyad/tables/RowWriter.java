package org.dyad.tables;

import java.io.Closeable;
import java.io.IOException;

/** Writes a {@link Table}'s rows one at a time to a file in some format; {@link #close} finishes the file. */
public interface RowWriter extends Closeable {

    /** Writes one row: values in column order, each of its column's {@link Column.Type#javaType()} or null. */
    void write(Object[] row) throws IOException;
}
