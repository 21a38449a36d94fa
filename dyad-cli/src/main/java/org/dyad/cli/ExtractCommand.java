package org.dyad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.MemoryCopyIndex;
import org.dyad.events.EventClusterIndex;
import org.dyad.events.EventClusters;
import org.dyad.events.EventRecord;
import org.dyad.ingest.RawArticle;
import org.dyad.output.Extraction;
import org.dyad.output.Record;
import org.dyad.output.RecordJson;
import org.dyad.output.SkippedRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad extract}: run the pipeline without storing and print the output contract. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles without storing anything, and print what was found as JSON "
                + "Lines: one record per line, each with doc, kind and evidence (offsets in code points of the "
                + "original file). The format is documented in docs/extract-format.md. With several inputs, an "
                + "article that copies an earlier one of the run gets copy records after its other records, and "
                + "event records carry the id of the run's real-world event (cluster) they report."})
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format; jsonl is the only one (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ArticleInputs articles;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " is not supported; use jsonl");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Batch batch = articles.batch(spec.commandLine(), err);
        // Each article is checked for copies among the earlier ones of this run (the first one has none), and its
        // events join the event clusters of the run (an event record then carries its cluster's id).
        Map<String, String> texts = new HashMap<>();
        EventClusterIndex clusters = new EventClusterIndex();
        Map<String, List<String>> sharing = new HashMap<>();
        CopyDetector copies = new CopyDetector(new MemoryCopyIndex(), k -> Optional.ofNullable(texts.get(k)),
                (k, x) -> sharing.getOrDefault(k, List.of()));
        Batch.Summary s = batch.run(articles.open(), "extract", new Batch.Sink() {
            @Override
            public void accept(RawArticle a, Extraction found) {
                List<EventRecord> events = found.facts(EventRecord.class);
                List<EventClusters.Report> reports = new ArrayList<>();
                events.forEach(e -> reports.add(new EventClusters.Report(e, a.id(), found.article().published())));
                List<EventClusterIndex.Placed> placed = clusters.add(reports);
                Map<EventRecord, String> clusterOf = new IdentityHashMap<>();
                Set<String> others = new LinkedHashSet<>();
                for (int i = 0; i < events.size(); i++) {
                    clusterOf.put(events.get(i), placed.get(i).cluster());
                    others.addAll(placed.get(i).others());
                }
                sharing.put(a.id(), List.copyOf(others));
                CopyDetector.Check c = copies.check(a.id(), found);
                copies.add(a.id(), c);
                texts.put(a.id(), found.article().text());
                for (Record r : c.extraction().records()) {
                    String cluster = r instanceof EventRecord e ? clusterOf.get(e) : null;
                    if (cluster == null) {
                        out.println(RecordJson.write(r));
                    } else {
                        ObjectNode n = RecordJson.MAPPER.valueToTree(r);
                        n.put("cluster", cluster);
                        out.println(RecordJson.write(n));
                    }
                }
                out.flush();
            }

            @Override
            public void skipped(RawArticle a, SkippedRecord r) {
                out.println(RecordJson.write(r));
                out.flush();
            }
        });
        return s.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
