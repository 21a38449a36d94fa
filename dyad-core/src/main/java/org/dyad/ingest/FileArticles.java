package org.dyad.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.dyad.pipeline.BadInputException;

/** An article file on disk, read when its content is asked for. */
final class FileArticles {
    private FileArticles() {
    }

    /** The store key of a file: its absolute, normalised {@code file:} URI. */
    static String key(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }

    static RawArticle of(String id, Path path, long maxBytes) {
        return new RawArticle(id, id, key(path), Map.of(), () -> read(path, maxBytes), false);
    }

    static byte[] read(Path path, long maxBytes) throws java.io.IOException, BadInputException {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new BadInputException(Limits.tooBig(size, maxBytes, "file"));
            }
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read: permission denied");
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read: no such file");
        }
    }
}
