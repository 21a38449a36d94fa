package org.dyad.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The boilerplate rules as data: a tab-separated file of {@code id scope pattern note} rows, {@code #} comments and
 * blank lines (see {@code dyad/clean/boilerplate.tsv} for the default set and {@link Scope} for what each scope
 * means). Rows keep their file order, which is the order rules are tried in. Immutable and thread-safe.
 *
 * <p>Loading validates every row and fails on the first bad one with a message naming the file and line: a wrong
 * number of columns, an id that is not lower-case words joined by hyphens, an unknown scope, a pattern that does
 * not compile.
 */
public final class BoilerplateRules {
    /** The classpath location of the default rules. */
    public static final String DEFAULT_RESOURCE = "/dyad/clean/boilerplate.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static volatile BoilerplateRules defaults;

    private final Map<Scope, List<Rule>> byScope;

    private BoilerplateRules(List<Rule> rules) {
        Map<Scope, List<Rule>> map = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            map.put(s, rules.stream().filter(r -> r.scope() == s).toList());
        }
        this.byScope = map;
    }

    /** The rules shipped with dyad, loaded once. */
    public static BoilerplateRules defaults() {
        BoilerplateRules d = defaults;
        if (d == null) {
            try (InputStream in = BoilerplateRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                d = parse("boilerplate.tsv", new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = d;
        }
        return d;
    }

    /** Loads a rules file (UTF-8). */
    public static BoilerplateRules load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), r);
        }
    }

    /**
     * Parses rules from {@code in}; {@code name} labels error messages.
     *
     * @throws IllegalArgumentException {@code name:line: what is wrong}, for the first bad row
     */
    public static BoilerplateRules parse(String name, Reader in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rules.add(row(name + ":" + number, line));
            }
        }
        return new BoilerplateRules(rules);
    }

    private static Rule row(String origin, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
            throw bad(origin, "expected 4 tab-separated columns (id, scope, pattern, note), found " + cols.length);
        }
        String id = cols[0].strip();
        String pattern = cols[2].strip();
        if (!ID.matcher(id).matches()) {
            throw bad(origin, "rule id \"" + id + "\" must be lower-case words joined by hyphens");
        }
        Scope scope = Scope.fromFileName(cols[1].strip()).orElseThrow(() -> bad(origin,
                "unknown scope \"" + cols[1].strip() + "\" (known: " + Scope.known() + ")"));
        if (pattern.isEmpty()) {
            throw bad(origin, "empty pattern");
        }
        try {
            Pattern regex = scope.regex() ? Pattern.compile(pattern, Rule.FLAGS) : null;
            Evaluator css = scope.regex() ? null : Selector.evaluatorOf(pattern);
            return new Rule(id, scope, pattern, cols[3].strip(), origin, regex, css);
        } catch (PatternSyntaxException e) {
            throw bad(origin, "bad regular expression: " + e.getDescription() + " near index " + e.getIndex());
        } catch (Selector.SelectorParseException e) {
            throw bad(origin, "bad CSS selector: " + e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String origin, String message) {
        return new IllegalArgumentException(origin + ": " + message);
    }

    /** The rules of one scope, in file order. */
    public List<Rule> of(Scope scope) {
        return byScope.get(scope);
    }

    /** The first rule of a regular-expression scope that matches the whole of {@code text}, or {@code null}. */
    public Rule first(Scope scope, CharSequence text) {
        for (Rule r : of(scope)) {
            if (r.matches(text)) {
                return r;
            }
        }
        return null;
    }
}
