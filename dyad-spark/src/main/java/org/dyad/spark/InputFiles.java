package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.Sources;

/**
 * The driver's side of reading inputs: expands the paths given into the files the tasks open, one task input per
 * file, with the same rules as {@code dyad ingest} ({@link Sources}, {@link org.dyad.ingest.DirectorySource}): a
 * directory recursively, in path order, taking article files and containers (WARC, JSON Lines, feeds) and skipping
 * hidden files and others. Paths must be readable at the same place by every executor (local mode, or a shared file
 * system mounted alike on every node).
 */
final class InputFiles {
    /** The files to process, and a note for each input that could not be expanded. */
    record Expanded(List<String> files, List<String> problems) {
    }

    private InputFiles() {
    }

    static Expanded expand(List<String> inputs) {
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f)) && Sources.kind(f, false) != Sources.Kind.OTHER)
                            .sorted()
                            .forEach(f -> files.add(f.toString()));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(input + ": cannot list directory: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                files.add(input);
            } else {
                problems.add(input + ": no such file or directory");
            }
        }
        return new Expanded(files, problems);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
