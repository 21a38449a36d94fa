package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.output.FactKinds;
import org.dyad.store.FactQuery;
import org.dyad.store.StoreException;
import org.dyad.store.StoredFact;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactStoreTest {
    /** A fact kind defined here, as a kind from another package would be. */
    public record Meeting(String doc, String id, String rule, String source, String target, String date,
                          List<Evidence> evidence) implements Fact {
        @Override
        public String kind() {
            return "test-meeting";
        }

        @Override
        public FactIndex index() {
            return new FactIndex(source, target, date, date, "040", "happened");
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void register() {
        FactKinds.register("test-meeting", Meeting.class);
    }

    private static Extraction withFacts(String doc, String sha, Meeting... facts) {
        Extraction base = Articles.about(doc, "Talks", "Leaders met in Hanoi on Friday.");
        var a = base.article();
        var article = new org.dyad.output.ArticleRecord(a.doc(), sha, a.title(), a.outlet(), a.author(),
                a.published(), a.url(), a.language(), a.format(), a.charset(), a.pipeline(), a.fields(), a.text(),
                a.boilerplate(), a.evidence());
        return new Extraction(article, base.entities(), List.of(facts), base.original());
    }

    private static Meeting meeting(String doc, String id, String a, String b, String date) {
        return new Meeting(doc, id, "test:rule", a, b, date, List.of(new Evidence(0, 6, "Leader")));
    }

    @Test
    void factsRoundTripWithTheirArticleAndAreFoundByPairInEitherDirectionAndByDate() {
        try (SqliteStore st = SqliteStore.open(dir.resolve("f.db"))) {
            Extraction x1 = withFacts("a.txt", "s1", meeting("a.txt", "v1", "USA", "VNM", "2023-04-15"),
                    meeting("a.txt", "v2", "VNM", "CHN", "2023-12-12"));
            Extraction x2 = withFacts("b.txt", "s2", meeting("b.txt", "v1", "VNM", "USA", "2023-09-10"));
            st.ingest("k1", x1);
            st.ingest("k2", x2);
            assertEquals(x1, st.article("k1").orElseThrow().extraction());

            List<StoredFact> usVn = st.facts(FactQuery.of("test-meeting").pair("VNM", "USA"));
            assertEquals(List.of("2023-04-15", "2023-09-10"), usVn.stream().map(f -> ((Meeting) f.fact()).date()).toList());
            assertEquals("b.txt", usVn.get(1).doc());

            assertEquals(3, st.facts(FactQuery.of("test-meeting").pair("VNM", null)).size());
            assertEquals(1, st.facts(FactQuery.of("test-meeting").pair("CHN", null)).size());
            assertEquals(2, st.facts(FactQuery.of("test-meeting").between("2023-09", "2023")).size());
            assertEquals(1, st.facts(FactQuery.of("test-meeting").between(null, "2023-04")).size());
            assertEquals(0, st.facts(FactQuery.of("event")).size());
            assertEquals(3, st.stats().count("facts"));
        }
    }

    @Test
    void aQueryNeedsAKindAndAPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> FactQuery.of(" "));
        assertThrows(IllegalArgumentException.class, () -> FactQuery.of("event").limit(0));
        assertThrows(StoreException.class, () -> {
            try (SqliteStore st = SqliteStore.open(dir.resolve("u.db"))) {
                st.ingest("k", withFacts("a.txt", "s1", meeting("a.txt", "v1", "USA", "VNM", "2023-04-15")));
                FactKinds.register("test-meeting-unknown", Meeting.class);
                org.dyad.store.sqlite.Articles.execute(dir.resolve("u.db"), "UPDATE facts SET kind = 'nonesuch'");
                st.article("k");
            }
        });
    }
}
