package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into article files. A file named directly is always read; a directory is walked
 * recursively, in name order, taking files that look like articles ({@code .txt .text .html .htm .xhtml} or no
 * extension) and skipping hidden files and folders.
 */
final class Inputs {
    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml");

    /** One input file, named as the user would recognise it (the path given, plus the part below a directory). */
    record Input(String id, Path path) {
    }

    /** A path that could not be expanded, with the reason. */
    record Problem(String id, String message) {
    }

    private Inputs() {
    }

    static List<Input> expand(List<Path> paths, List<Problem> problems) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f)) && isArticle(f))
                            .sorted()
                            .forEach(f -> out.add(new Input(f.toString(), f)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(p.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                out.add(new Input(p.toString(), p));
            } else {
                problems.add(new Problem(p.toString(), "no such file or directory"));
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
