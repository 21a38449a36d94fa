package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.CopyTexts;
import org.dyad.copies.Signature;
import org.dyad.copies.Story;
import org.dyad.events.EventRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.output.FactKinds;
import org.dyad.query.Timeline;
import org.dyad.store.Store.Outcome;
import org.dyad.store.jdbc.Migrations;
import org.dyad.store.sqlite.Articles;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Store} must do, whatever keeps it: a subclass says how to open a fresh, empty store and how to
 * open that same store again (another connection, as another process would), and runs every test here. The
 * extractions are built by hand ({@link Articles}), so no language model is loaded.
 */
public abstract class StoreContract {
    private static final String KEY = "https://example.org/hanoi";

    /** A fact kind defined by the test, as a kind from another package would be. */
    public record Meeting(String doc, String id, String rule, String source, String target, String date,
                          String category, List<Evidence> evidence) implements Fact {
        @Override
        public String kind() {
            return "contract-meeting";
        }

        @Override
        public FactIndex index() {
            return new FactIndex(source, target, date, date, category, "happened");
        }
    }

    @BeforeAll
    static void register() {
        FactKinds.register("contract-meeting", Meeting.class);
    }

    /** The store under test, empty on the first call of each test; every later call opens the same store again. */
    protected abstract Store open();

    /** Runs one SQL statement on the store's database, as another program would (the store is closed). */
    protected abstract void execute(String sql);

    // ------------------------------------------------------------------ timeline summary

    @Test
    void theTimelineIsThatOfAllThePairsEventsAfterIngestReplacementDeletionAndBackfill() {
        TimelineCorpus corpus = new TimelineCorpus(7);
        Map<String, Extraction> articles = corpus.articles(150, "1");
        try (Store st = open()) {
            long t0 = System.nanoTime();
            articles.forEach(st::ingest);
            System.out.printf(java.util.Locale.ROOT, "%s: %d articles with events ingested, %.2f ms each%n",
                    getClass().getSimpleName(), articles.size(), (System.nanoTime() - t0) / 1e6 / articles.size());
            assertTimelinesAsDefined(st);
            for (int i = 0; i < articles.size(); i += 6) { // new content, new publication date, new events
                assertEquals(Outcome.REPLACED, st.ingest("https://example.org/t" + i,
                        corpus.article("t" + i + ".txt", "2", i)));
            }
            assertTimelinesAsDefined(st);
            for (int i = 1; i < articles.size(); i += 7) {
                assertTrue(st.delete("https://example.org/t" + i));
                assertTrue(st.article("https://example.org/t" + i).isEmpty());
            }
            assertFalse(st.delete("https://example.org/no-such-article"));
            assertTimelinesAsDefined(st);
        }
        execute("DELETE FROM timeline_months");
        execute("INSERT INTO timeline_backfill (pending) VALUES (1)");
        try (Store st = open()) {
            assertTimelinesAsDefined(st);
        }
    }

    @Test
    void aPairWhoseEventsChainIsRebuiltOncePerRunOrBeforeItIsRead() {
        TimelineCorpus corpus = new TimelineCorpus(11);
        Map<String, Extraction> articles = corpus.articles(150, "1");
        try (Store st = open()) {
            articles.forEach(st::ingest);
            // USA-VNM's chain (a report every few days for a year) has no cut near the months an article changes:
            // ingest leaves the pair for one rebuild at the end of the run instead of one per article
            assertTrue(st.refreshTimelines() >= 1, "the chained pair was left for the end of the run");
            assertEquals(0, st.refreshTimelines(), "nothing is stale once rebuilt");
            assertTimelinesAsDefined(st);
            assertEquals(Outcome.NEW, st.ingest("https://example.org/t150", corpus.article("t150.txt", "1", 150)));
            assertTimelinesAsDefined(st); // read while stale: rebuilt before it is read
            assertEquals(0, st.refreshTimelines(), "the read rebuilt it");
        }
    }

    /**
     * The store's timeline of each pair of the corpus, both orders, every flag and several month ranges, equals
     * {@link Timeline#months} over the pair's facts; and the corpus gives months worth comparing.
     */
    private static void assertTimelinesAsDefined(Store st) {
        for (String[] p : TimelineCorpus.PAIRS) {
            List<StoredFact> facts = st.facts(FactQuery.of(EventRecord.KIND).pair(p[0], p[1]).limit(1_000_000));
            for (String[] range : new String[][] {{null, null}, {"2023-02", "2023-04-10"}, {"2023-03-15", null},
                {null, "2023-01"}, {"2023", "2024"}}) {
                for (int flags = 0; flags < 4; flags++) {
                    boolean allStatuses = (flags & 1) != 0;
                    boolean allReports = (flags & 2) != 0;
                    String what = String.join(" ", p) + " " + Arrays.toString(range) + " allStatuses=" + allStatuses
                            + " allReports=" + allReports;
                    Map<String, Timeline.Month> expected = Timeline.months(facts, allStatuses, allReports, range[0],
                            range[1]);
                    assertSameMonths(expected, st.timeline(p[0], p[1], allStatuses, allReports, range[0], range[1]),
                            what);
                    assertSameMonths(expected, st.timeline(p[1], p[0], allStatuses, allReports, range[0], range[1]),
                            what + " (reversed)");
                }
            }
            Map<String, Timeline.Month> events = st.timeline(p[0], p[1], false, false, null, null);
            Map<String, Timeline.Month> all = st.timeline(p[0], p[1], true, true, null, null);
            assertTrue(events.size() >= 4, events.keySet() + " for " + p[0] + " " + p[1]);
            assertTrue(sum(events, Timeline.Month::reports) > sum(events, Timeline.Month::total),
                    "several articles report one event");
            assertTrue(sum(all, Timeline.Month::total) > sum(events, Timeline.Month::reports),
                    "planned, negated and hypothetical reports are left out by default");
        }
    }

    private static int sum(Map<String, Timeline.Month> months, java.util.function.ToIntFunction<Timeline.Month> f) {
        return months.values().stream().mapToInt(f).sum();
    }

    private static void assertSameMonths(Map<String, Timeline.Month> expected, Map<String, Timeline.Month> actual,
                                         String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((month, e) -> {
            Timeline.Month a = actual.get(month);
            String where = what + " " + month;
            assertEquals(e.byCategory(), a.byCategory(), where);
            assertEquals(e.byQuad(), a.byQuad(), where);
            assertEquals(List.of(e.total(), e.reports(), e.byPublication(), e.cooperative(), e.conflictual()),
                    List.of(a.total(), a.reports(), a.byPublication(), a.cooperative(), a.conflictual()), where);
            assertEquals(e.goldsteinSum(), a.goldsteinSum(), 1e-9, where);
        });
    }

    // ------------------------------------------------------------------ ingest and read back

    @Test
    void anIngestedArticleReadsBackEqualByIdKeyAndDocName() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (Store store = open()) {
            assertEquals(Outcome.NEW, store.ingest(KEY, x));
            StoredArticle byKey = store.article(KEY).orElseThrow();
            assertEquals(x, byKey.extraction());
            assertEquals(KEY, byKey.key());
            assertTrue(byKey.ingestedAt().matches("20\\d\\d-.*Z"), byKey.ingestedAt());
            assertEquals(byKey, store.article(Long.toString(byKey.id())).orElseThrow());
            assertEquals(byKey, store.article("hanoi.html").orElseThrow());
            assertTrue(store.article("no-such-article").isEmpty());
            assertTrue(store.article("999999").isEmpty());
            assertTrue(store.article(" ").isEmpty());
        }
    }

    @Test
    void storedArticlesAreListedByKeyAndPageAndKnownByTheirHash() {
        try (Store store = open()) {
            store.ingest(KEY, Articles.hanoi("hanoi.html", "sha-1", "Việt Nam"));
            store.ingest(KEY + "/2", Articles.hanoi("hanoi-2.html", "sha-2", "Việt Nam"));
            assertEquals(List.of(KEY, KEY + "/2"), store.keys());
            assertEquals(java.util.Optional.of("sha-1"), store.storedSha256(KEY));
            assertTrue(store.storedSha256(KEY + "/3").isEmpty());
            assertEquals(2, store.list(0, 10).size());
            assertEquals(1, store.list(1, 10).size());
            assertEquals(store.list(0, 10).get(1).key(), store.list(1, 1).get(0).key());
            assertThrows(IllegalArgumentException.class, () -> store.list(-1, 10));
        }
    }

    @Test
    void theStoredArticleSurvivesReopeningWithTheLatestSchema() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (Store store = open()) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            store.ingest(KEY, x);
        }
        try (Store store = open()) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(x, store.article(KEY).orElseThrow().extraction());
            assertEquals(1, store.stats().count("articles"));
        }
    }

    @Test
    void aDocNameFindsTheMostRecentArticleOfThatName() {
        try (Store store = open()) {
            store.ingest("/old/a.html", Articles.about("a.html", "Old", "Mercosur trade"));
            store.ingest("/new/a.html", Articles.about("a.html", "New", "Mercosur trade"));
            assertEquals("/new/a.html", store.article("a.html").orElseThrow().key());
        }
    }

    @Test
    void nullListsAreStoredAsEmpty() {
        Extraction x = Articles.about("a.html", "Title", "Body text");
        ArticleRecord a = x.article();
        ArticleRecord bare = new ArticleRecord(a.doc(), a.sha256(), a.title(), null, null, null, null, null, null,
                null, a.pipeline(), null, a.text(), null, null);
        try (Store store = open()) {
            store.ingest(KEY, new Extraction(bare, List.of(), x.original()));
            ArticleRecord back = store.article(KEY).orElseThrow().extraction().article();
            assertEquals(Map.of(), back.fields());
            assertEquals(List.of(), back.boilerplate());
            assertEquals(List.of(), back.evidence());
        }
    }

    @Test
    void theSameContentTwiceIsUnchangedAndWritesNothing() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (Store store = open()) {
            assertEquals(Outcome.NEW, store.ingest(KEY, x));
            StoreStats before = store.stats();
            String ingestedAt = store.article(KEY).orElseThrow().ingestedAt();
            assertEquals(Outcome.UNCHANGED, store.ingest(KEY, x));
            assertEquals(before, store.stats());
            assertEquals(ingestedAt, store.article(KEY).orElseThrow().ingestedAt());
            assertEquals(Map.of("articles", 1L, "article_fields", 4L, "article_evidence", 1L, "boilerplate", 1L,
                    "entities", 3L, "mentions", 5L, "entity_evidence", 5L, "facts", 0L), before.counts());
        }
    }

    @Test
    void changedContentReplacesTheFactsAndKeepsTheId() {
        try (Store store = open()) {
            store.ingest(KEY, withFacts("hanoi.html", "sha-1", meeting("hanoi.html", "m1", "USA", "VNM",
                    "2023-04-15"), meeting("hanoi.html", "m2", "USA", "VNM", "2023-04-16")));
            long id = store.article(KEY).orElseThrow().id();
            Extraction changed = withFacts("hanoi.html", "sha-2", meeting("hanoi.html", "m1", "JPN", "VNM",
                    "2023-11-27"));
            assertEquals(Outcome.REPLACED, store.ingest(KEY, changed));
            StoredArticle back = store.article(KEY).orElseThrow();
            assertEquals(id, back.id());
            assertEquals(changed, back.extraction());
            assertEquals(1, store.stats().count("articles"));
            assertEquals(1, store.stats().count("facts"));
            assertEquals(List.of(), store.facts(FactQuery.of("contract-meeting").pair("USA", null)));
            assertEquals(1, store.facts(FactQuery.of("contract-meeting").pair("JPN", "VNM")).size());
        }
    }

    @Test
    void theSearchIndexFollowsAReplacedArticle() {
        try (Store store = open()) {
            store.ingest(KEY, Articles.hanoi("hanoi.html", "sha-1", "Vietnam"));
            long id = store.article(KEY).orElseThrow().id();
            store.ingest(KEY, Articles.hanoi("hanoi.html", "sha-2", "Laos"));
            assertEquals(List.of(id), store.search("Laos", 5).stream().map(SearchHit::articleId).toList());
            assertEquals(List.of(), store.search("Vietnam", 5), "the search index still has the old text");
        }
    }

    @Test
    void aFailedIngestLeavesNoTraceAndKeepsThePreviousVersion() {
        Extraction v1 = Articles.hanoi("hanoi.html", "sha-1", "Vietnam");
        try (Store store = open()) {
            store.ingest(KEY, v1);
            StoreStats before = store.stats();

            StoreException e = assertThrows(StoreException.class,
                    () -> store.ingest(KEY, withBrokenSecondEntity(Articles.hanoi("hanoi.html", "sha-2", "Laos"))));
            assertTrue(e.getMessage().contains(KEY), e.getMessage());
            assertEquals(v1, store.article(KEY).orElseThrow().extraction());

            assertThrows(StoreException.class, () -> store.ingest("https://example.org/other",
                    withBrokenSecondEntity(Articles.hanoi("other.html", "sha-3", "Laos"))));
            assertTrue(store.article("https://example.org/other").isEmpty());
            assertEquals(List.of(), store.search("Laos", 5));
            assertEquals(before, store.stats());
            // the store still works after the failures
            assertEquals(Outcome.NEW, store.ingest("https://example.org/third",
                    Articles.hanoi("third.html", "sha-4", "Laos")));
        }
    }

    @Test
    void aMissingRequiredValueIsRefusedNamingTheColumn() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        EntityRecord e = x.entities().get(1);
        EntityRecord untyped = new EntityRecord(e.doc(), e.id(), e.name(), null, e.code(), e.sector(), e.title(),
                e.role(), e.actor(), e.rule(), e.mentions(), e.evidence());
        try (Store store = open()) {
            StoreException thrown = assertThrows(StoreException.class, () -> store.ingest(KEY,
                    new Extraction(x.article(), List.of(x.entities().get(0), untyped), x.original())));
            String m = thrown.getMessage();
            assertTrue(m.contains("entities") && m.contains("type"), m);
            assertEquals(0, store.stats().count("articles"));
            assertEquals(0, store.stats().count("mentions"));
        }
    }

    // ------------------------------------------------------------------ several threads, several processes

    @Test
    void twoThreadsIngestingAtOnceStoreEverything() throws Exception {
        try (Store store = open()) {
            run(2, thread -> () -> {
                for (int i = 0; i < 30; i++) {
                    String doc = thread + "-" + i + ".html";
                    assertEquals(Outcome.NEW, store.ingest("/in/" + doc, Articles.hanoi(doc, "sha-" + doc, "Laos")));
                }
                return null;
            });
            assertEquals(60, store.stats().count("articles"));
            assertEquals(180, store.stats().count("entities"));
            assertEquals(60, store.search("Hanoi", 1000).size());
        }
    }

    @Test
    void theSameArticleFromTwoProcessesAtOnceIsStoredOnce() throws Exception {
        try (Store first = open(); Store second = open()) {
            List<Store> stores = List.of(first, second, first, second);
            for (int round = 0; round < 5; round++) {
                String key = "/in/same-" + round + ".html";
                Extraction x = Articles.hanoi("same.html", "sha-" + round, "Laos");
                List<Outcome> outcomes = run(4, i -> () -> stores.get(i).ingest(key, x));
                assertEquals(1, outcomes.stream().filter(o -> o == Outcome.NEW).count(), outcomes.toString());
                assertEquals(3, outcomes.stream().filter(o -> o == Outcome.UNCHANGED).count(), outcomes.toString());
                Extraction changed = Articles.hanoi("same.html", "sha-" + round + "b", "Chile");
                outcomes = run(4, i -> () -> stores.get(i).ingest(key, changed));
                assertEquals(1, outcomes.stream().filter(o -> o == Outcome.REPLACED).count(), outcomes.toString());
            }
            assertEquals(5, second.stats().count("articles"));
            assertEquals(15, first.stats().count("entities"));
            assertEquals(5, first.search("Chile", 10).size());
        }
    }

    /** Runs {@code n} tasks at once (task i from {@code task.apply(i)}) and returns their results in order. */
    private static <T> List<T> run(int n, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> c = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ facts

    @Test
    void factsAreFoundByPairInEitherDirectionAndByDateOldestFirst() {
        try (Store st = open()) {
            Extraction x1 = withFacts("a.txt", "s1", meeting("a.txt", "v1", "USA", "VNM", "2023-04-15"),
                    meeting("a.txt", "v2", "VNM", "CHN", "2023-12-12"), meeting("a.txt", "v3", "VNM", "USA", null));
            Extraction x2 = withFacts("b.txt", "s2", meeting("b.txt", "v1", "VNM", "USA", "2023-09-10"),
                    meeting("b.txt", "v2", "USA", "VNM", "2023"));
            st.ingest("k1", x1);
            st.ingest("k2", x2);
            assertEquals(x1, st.article("k1").orElseThrow().extraction());

            List<StoredFact> usVn = st.facts(FactQuery.of("contract-meeting").pair("VNM", "USA"));
            assertEquals(Arrays.asList("2023", "2023-04-15", "2023-09-10", null), dates(usVn));
            assertEquals(List.of("b.txt", "a.txt", "b.txt", "a.txt"), usVn.stream().map(StoredFact::doc).toList());
            assertEquals(List.of("k2", "k1", "k2", "k1"), usVn.stream().map(StoredFact::articleKey).toList());
            assertEquals("2023-04-15", usVn.get(1).published());
            assertEquals(st.article("k1").orElseThrow().id(), usVn.get(1).articleId());
            assertEquals("040", ((Meeting) usVn.get(1).fact()).category());

            assertEquals(5, st.facts(FactQuery.of("contract-meeting").pair("VNM", null)).size());
            assertEquals(1, st.facts(FactQuery.of("contract-meeting").pair(null, "CHN")).size());
            assertEquals(List.of("2023-09-10", "2023-12-12"),
                    dates(st.facts(FactQuery.of("contract-meeting").between("2023-09", "2023"))));
            assertEquals(List.of("2023", "2023-04-15"),
                    dates(st.facts(FactQuery.of("contract-meeting").between(null, "2023-04"))));
            assertEquals(List.of("2023-04-15", "2023-09-10"), dates(st.facts(FactQuery.of("contract-meeting")
                    .pair("USA", "VNM").between("2023-04-15", "2023-09-10"))));
            assertEquals(List.of("2023"), dates(st.facts(FactQuery.of("contract-meeting").pair("USA", "VNM")
                    .limit(1))));
            assertEquals(0, st.facts(FactQuery.of("event")).size());
            assertEquals(5, st.stats().count("facts"));
        }
    }

    @Test
    void aLimitedWindowIsThePrefixOfTheWholeWindowInEveryShapeOfQuery() {
        try (Store st = open()) {
            // 12 articles of 3 facts each, dates repeating, both directions, a self-pair and undated facts
            for (int i = 0; i < 12; i++) {
                String doc = "d" + i + ".txt";
                String day = "2023-04-1" + (i % 3);
                st.ingest("k" + (11 - i), withFacts(doc, "s" + i, meeting(doc, "v1", i % 2 == 0 ? "USA" : "VNM",
                        i % 2 == 0 ? "VNM" : "USA", day), meeting(doc, "v2", "VNM", i % 4 == 0 ? "VNM" : "CHN", day),
                        meeting(doc, "v3", "USA", "VNM", i % 5 == 0 ? null : "2023-04-11")));
            }
            for (FactQuery q : List.of(FactQuery.of("contract-meeting").pair("USA", "VNM"),
                    FactQuery.of("contract-meeting").pair("VNM", null), FactQuery.of("contract-meeting").pair("VNM",
                            "VNM"), FactQuery.of("contract-meeting"))) {
                List<StoredFact> all = st.facts(q);
                List<String> dated = ids(all.stream().filter(f -> ((Meeting) f.fact()).date() != null).toList());
                for (FactQuery window : List.of(q.between("2023-04-10", "2023-04-12"), q.between("2023", null),
                        q.between(null, "2023-04"))) {
                    assertEquals(dated, ids(st.facts(window)), window.toString());
                    for (int n : new int[] {1, 2, 5, 7}) {
                        assertEquals(dated.subList(0, Math.min(n, dated.size())), ids(st.facts(window.limit(n))),
                                window.limit(n).toString());
                    }
                }
            }
        }
    }

    private static List<String> ids(List<StoredFact> facts) {
        return facts.stream().map(f -> f.articleKey() + "/" + f.fact().id()).toList();
    }

    private static List<String> dates(List<StoredFact> facts) {
        return facts.stream().map(f -> ((Meeting) f.fact()).date()).toList();
    }

    private static Extraction withFacts(String doc, String sha, Meeting... facts) {
        Extraction base = Articles.about(doc, "Talks", "Leaders met in Hanoi on Friday.");
        ArticleRecord a = base.article();
        ArticleRecord article = new ArticleRecord(a.doc(), sha, a.title(), a.outlet(), a.author(), "2023-04-15",
                a.url(), a.language(), a.format(), a.charset(), a.pipeline(), a.fields(), a.text(), a.boilerplate(),
                a.evidence());
        return new Extraction(article, base.entities(), List.of(facts), base.original());
    }

    private static Meeting meeting(String doc, String id, String a, String b, String date) {
        return new Meeting(doc, id, "test:rule", a, b, date, "040", List.of(new Evidence(0, 6, "Leader")));
    }

    // ------------------------------------------------------------------ search

    /** Three short articles: Hanoi talks, a maritime dispute, a Mercosur trade deal. */
    public static void threeArticles(Store store) {
        store.ingest("/in/hanoi.html", Articles.about("hanoi.html", "Blinken visits Hanoi",
                "Vietnam and the United States upgraded ties during talks in Hanoi on Tuesday."));
        store.ingest("/in/manila.html", Articles.about("manila.html", "Shoal standoff",
                "China and the Philippines traded accusations over a maritime dispute near the shoal; Manila"
                        + " threatened sanctions."));
        store.ingest("/in/mercosur.html", Articles.about("mercosur.html", "Trade deal",
                "Mercosur and the European Union closed a trade agreement after twenty years of talks."));
    }

    @Test
    void searchPutsTheBestMatchFirstWithTheTermMarkedInTheSnippet() {
        try (Store store = open()) {
            threeArticles(store);
            List<SearchHit> hits = store.search("maritime dispute", 10);
            assertEquals(1, hits.size());
            SearchHit hit = hits.get(0);
            assertEquals("/in/manila.html", hit.key());
            assertEquals("Shoal standoff", hit.title());
            assertEquals(store.article("/in/manila.html").orElseThrow().id(), hit.articleId());
            assertTrue(hit.snippet().contains("[maritime]"), hit.snippet());
            assertTrue(hit.score() > 0, "higher is better: " + hit.score());
        }
    }

    @Test
    void aTitleMatchOutranksABodyMatch() {
        try (Store store = open()) {
            threeArticles(store);
            store.ingest("/in/summit.html", Articles.about("summit.html", "Mercosur summit",
                    "Leaders of the bloc met in Montevideo and discussed tariffs with European negotiators."));
            List<SearchHit> hits = store.search("Mercosur", 10);
            assertEquals(List.of("/in/summit.html", "/in/mercosur.html"), hits.stream().map(SearchHit::key).toList());
            assertTrue(hits.get(0).score() > hits.get(1).score());
        }
    }

    @Test
    void searchStemsWordsAndRespectsTheLimit() {
        try (Store store = open()) {
            threeArticles(store);
            assertEquals("/in/manila.html", store.search("sanction", 10).get(0).key());
            assertEquals(1, store.search("talks", 1).size());
            assertEquals(2, store.search("talks", 10).size());
            assertEquals(List.of(), store.search("talks", 0));
            assertEquals(2, store.search("Mercosur OR Philippines", 10).size());
            assertEquals(List.of(), store.search("", 10));
            assertEquals(List.of(), store.search("   ", 10));
            assertEquals(List.of(), store.search(null, 10));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND", "-", "*", "'; DROP TABLE articles; --", "talks AND", "\"",
            "NEAR(", "title:", "(Hanoi", "Hanoi)", "^", "a:b:c", "\u0000", "!!", "Hanoi & | !"})
    void anyQueryIsSafe(String hostile) {
        try (Store store = open()) {
            threeArticles(store);
            store.search(hostile, 10);
            assertEquals(3, store.stats().count("articles"));
            assertEquals(3, store.search("talks OR shoal", 10).size());
            assertEquals("/in/hanoi.html", store.search("Hanoi -", 10).get(0).key());
        }
    }

    // ------------------------------------------------------------------ copies and stories

    private static Extraction plain(String doc, String published, String text) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc + text.hashCode(), doc, null, null, published, null,
                "en", "text", "UTF-8", Articles.PIPELINE, Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), text);
    }

    @Test
    void copiesAreLinkedIntoOneStoryWithTheEarliestAsOriginal() {
        try (Store st = open()) {
            CopyDetector.ingest(st, "k:spun", plain("spun", "2024-01-05", CopyTexts.SPUN));
            CopyDetector.ingest(st, "k:source", plain("source", "2024-01-02", CopyTexts.SOURCE));
            CopyDetector.ingest(st, "k:near", plain("near", "2024-01-03", CopyTexts.NEAR));
            CopyDetector.ingest(st, "k:other", plain("other", "2024-01-03", CopyTexts.NEGATIVE));
            assertEquals(Signature.of(CopyTexts.SOURCE), st.copies().get("k:source").orElseThrow().signature());
            assertEquals(4, st.copies().size());

            List<CopyRecord> near = st.article("k:near").orElseThrow().extraction().facts(CopyRecord.class);
            assertEquals("near", near.get(0).type());
            assertEquals("k:source", near.get(0).original());
            assertEquals(List.of(), st.article("k:other").orElseThrow().extraction().facts(CopyRecord.class));

            Story s = st.story(near.get(0).story()).orElseThrow();
            assertEquals("k:source", s.original());
            assertEquals(List.of("k:spun", "k:source", "k:near"), s.members().stream().map(Story.Member::key)
                    .toList());
            assertTrue(st.story("999999").isEmpty());
            assertTrue(st.story("not-a-number").isEmpty());
        }
    }

    @Test
    void aReplacedArticleIsIndexedAgainOnce() {
        try (Store st = open()) {
            Extraction source = plain("source", "2024-01-02", CopyTexts.SOURCE);
            assertEquals(Outcome.NEW, CopyDetector.ingest(st, "k:source", source));
            assertEquals(Outcome.UNCHANGED, CopyDetector.ingest(st, "k:source", source));
            CopyDetector.ingest(st, "k:exact", plain("exact", null, CopyTexts.EXACT));
            CopyDetector.ingest(st, "k:exact", plain("exact", null, CopyTexts.EXACT + " Updated."));
            List<CopyRecord> exact = st.article("k:exact").orElseThrow().extraction().facts(CopyRecord.class);
            assertEquals(1, exact.size());
            assertEquals("k:source", exact.get(0).other());
            assertEquals(2, st.copies().size());
            assertEquals(2, st.story(exact.get(0).story()).orElseThrow().members().size());
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void aClosedStoreSaysSo() {
        Store store = open();
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::stats);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    /** {@code x} with a null in its second entity's mentions: the write fails after the first entity is in. */
    private static Extraction withBrokenSecondEntity(Extraction x) {
        EntityRecord e = x.entities().get(1);
        EntityRecord broken = new EntityRecord(e.doc(), e.id(), e.name(), e.type(), e.code(), e.sector(), e.title(),
                e.role(), e.actor(), e.rule(), Arrays.asList(e.mentions().get(0), null), e.evidence());
        return new Extraction(x.article(), List.of(x.entities().get(0), broken, x.entities().get(2)), x.original());
    }
}
