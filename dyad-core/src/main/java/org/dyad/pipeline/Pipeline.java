package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered list of {@link Stage}s whose requirements were checked when it was built. Thread-safe: several workers
 * may run documents through one pipeline at once (stages are required to be thread-safe).
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Map<String, LongAdder> nanosByStage = new ConcurrentHashMap<>();

    private Pipeline(List<? extends Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline, checking that each stage's requirements are provided by the given initial layers or an
     * earlier stage, and that no two stages share a name.
     *
     * @throws IllegalArgumentException naming the first stage whose requirement is unmet
     */
    public static Pipeline of(Set<Layer<?>> initial, List<? extends Stage> stages) {
        Set<Layer<?>> available = new LinkedHashSet<>(initial);
        Set<String> names = new LinkedHashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("two stages are named \"" + stage.name() + "\"");
            }
            for (Layer<?> need : stage.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException(String.format(
                            "stage \"%s\" requires layer \"%s\", which no earlier stage provides (available: %s)",
                            stage.name(), need, available));
                }
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(stages);
    }

    /** Runs every stage on the document, in order. */
    public Doc process(Doc doc) throws BadInputException {
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            try {
                stage.process(doc);
            } catch (BadInputException e) {
                throw e;
            } catch (StackOverflowError e) {
                throw new BadInputException("stage " + stage.name() + " gave up: input too deeply nested", e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("stage " + stage.name() + " failed on " + doc.id() + ": " + e, e);
            } finally {
                nanosByStage.computeIfAbsent(stage.name(), k -> new LongAdder()).add(System.nanoTime() - t0);
            }
        }
        return doc;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (Stage s : stages) {
            names.add(s.name());
        }
        return Collections.unmodifiableList(names);
    }

    /** Wall-clock milliseconds spent in each stage since the pipeline was built, in stage order. */
    public Map<String, Long> timingsMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Stage s : stages) {
            LongAdder a = nanosByStage.get(s.name());
            out.put(s.name(), a == null ? 0 : a.sum() / 1_000_000);
        }
        return out;
    }
}
