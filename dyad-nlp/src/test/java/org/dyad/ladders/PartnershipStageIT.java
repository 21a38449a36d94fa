package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statement extraction on sentences written for these tests, one statement type at a time, through the standard
 * pipeline plus the partnership stage (the models load once per JVM, in {@link #DYAD}).
 */
class PartnershipStageIT {
    static final Dyad DYAD = Dyad.create(ReadStage.DEFAULT_MAX_BYTES, List.of(new PartnershipStage()),
            List.of(PartnershipStage.STATEMENTS));

    static List<PartnershipRecord> statements(String published, String body) throws Exception {
        String text = "title: Test\npublished: " + published + "\n---\n" + body + "\n";
        return DYAD.process(new Source("test.txt", text.getBytes(StandardCharsets.UTF_8), Map.of()))
                .facts(PartnershipRecord.class);
    }

    private static String summary(PartnershipRecord r) {
        return r.owner() + " " + r.partner() + " " + r.rung() + " " + r.type();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Vietnam and Canada established a comprehensive partnership in November 2017.|VNM CAN VNM:CP established",
        "Vietnam and Brazil upgraded their relations to a strategic partnership on Monday.|VNM BRA VNM:SP upgraded",
        "The United States has been a comprehensive partner of Vietnam since 2013.|VNM USA VNM:CP in_force",
        "Washington wants to elevate its ties with Hanoi to a strategic partnership.|VNM USA VNM:SP sought",
        "Canberra proposed to raise its relationship with Hanoi to a comprehensive strategic partnership.|VNM AUS VNM:CSP proposed",
        "Hanoi did not agree to upgrade its relations with Washington to a strategic partnership.|VNM USA VNM:SP declined",
        "Hanoi postponed the upgrade of its ties with Manila to a comprehensive strategic partnership.|VNM PHL VNM:CSP delayed",
        "Analysts expect Vietnam and Singapore to establish a comprehensive strategic partnership next year.|VNM SGP VNM:CSP expected",
        "America and Vietnam elevated their connection to a complete strategic partnership on Sunday.|VNM USA VNM:CSP upgraded",
        "The United States is ranked as a third-tier diplomatic partner for Hanoi.|VNM USA VNM:CP in_force",
        "Indonesia and Vietnam have been strategic partners since 2013.|VNM IDN VNM:SP in_force",
        "Vietnam became a comprehensive strategic partner of Indonesia in March.|IDN VNM IDN:CSP upgraded",
        "The U.S. sanctioned its treaty ally Turkey in 2020.|USA TUR USA:ALLY in_force",
        "Hanoi was not ready to raise ties with Washington to a strategic partnership.|VNM USA VNM:SP declined",
        "Vietnam has so far resisted an upgrade of ties with the United States to a strategic partnership, wary of "
                + "angering China.|VNM USA VNM:SP declined",
        "China considers Pakistan its all-weather strategic cooperative partner.|CHN PAK CHN:AW in_force",
        "Moscow and Beijing reaffirmed their comprehensive strategic partnership of coordination for a new era."
                + "|CHN RUS CHN:CSPC in_force",
    })
    void eachStatementType(String sentence, String expected) throws Exception {
        List<PartnershipRecord> found = statements("2023-04-16", sentence);
        assertEquals(List.of(expected), found.stream().map(PartnershipStageIT::summary).toList(), sentence);
        PartnershipRecord r = found.get(0);
        assertEquals(sentence, r.evidence().get(0).text());
        assertTrue(r.rule().startsWith("partnerships:"), r.rule());
        assertEquals("2023-04-16", r.asOf());
    }

    @Test
    void eventsAreDatedAndInForceStatementsSpanSinceToPublication() throws Exception {
        assertEquals("2017-11", statements("2023-04-16",
                "Vietnam and Canada established a comprehensive partnership in November 2017.").get(0).date().value());
        assertEquals("2023-04-10", statements("2023-04-16",
                "Vietnam and Brazil upgraded their relations to a strategic partnership on Monday.").get(0).date().value());
        assertEquals("2013/2023-04-16", statements("2023-04-16",
                "The United States has been a comprehensive partner of Vietnam since 2013.").get(0).date().value());
    }

    @Test
    void anAnniversaryDatesTheRungAndResolvesAnUnnamedOne() throws Exception {
        PartnershipRecord named = statements("2023-04-13", "Blinken will mark the 10th anniversary of the "
                + "U.S.-Vietnam Comprehensive Partnership on Saturday.").get(0);
        assertEquals("VNM USA VNM:CP in_force", summary(named));
        assertEquals("2013/2023-04-13", named.date().value());
        PartnershipRecord unnamed = statements("2023-04-15", "Blinken said the United States and Vietnam mark "
                + "the tenth anniversary of their formal partnership this year.").get(0);
        assertEquals("VNM USA VNM:CP in_force", summary(unnamed));
        assertTrue(unnamed.note().contains("reference history"), unnamed.note());
    }

    @Test
    void aTierDescriptionListsItsMembers() throws Exception {
        List<PartnershipRecord> found = statements("2023-04-16",
                "Vietnam's top tier consists of China, Russia, India and South Korea.");
        assertEquals(List.of("VNM CHN VNM:CSP tier", "VNM RUS VNM:CSP tier", "VNM IND VNM:CSP tier",
                "VNM KOR VNM:CSP tier"), found.stream().map(PartnershipStageIT::summary).toList());
        assertEquals(List.of("CHN", "RUS", "IND", "KOR"), found.get(0).members());
    }

    @Test
    void aCountNamesNoPartner() throws Exception {
        List<PartnershipRecord> found = statements("2023-05-17", "Hanoi already has 17 strategic partners.");
        assertEquals(1, found.size());
        PartnershipRecord r = found.get(0);
        assertEquals("VNM null VNM:SP count", summary(r));
        assertEquals(17, r.count());
    }

    @Test
    void anUpgradeFromOneRungToAnotherEndsTheFirstOnTheDay() throws Exception {
        List<PartnershipRecord> found = statements("2025-05-16", "Thailand and Vietnam elevated their strategic "
                + "partnership to a comprehensive strategic partnership on Friday.");
        assertEquals(List.of("VNM THA VNM:SP in_force", "VNM THA VNM:CSP upgraded"),
                found.stream().map(PartnershipStageIT::summary).toList());
        assertEquals("<2025-05-16", found.get(0).date().value());
        assertEquals("2025-05-16", found.get(1).date().value());
    }

    @Test
    void countsAreReadBeforeOrAfterTheRung() throws Exception {
        assertEquals(13, statements("2023-05-17", "Hanoi has established comprehensive partnerships with 13 countries.")
                .get(0).count());
        List<PartnershipRecord> both = statements("2023-05-17",
                "Vietnam has 18 strategic partners, including five comprehensive strategic partners.");
        assertEquals(List.of(18, 5), both.stream().map(PartnershipRecord::count).toList());
    }

    @Test
    void unrelatedUsesOfTheWordsGiveNothing() throws Exception {
        assertEquals(List.of(), statements("2023-04-16", "Vietnam joined the Regional Comprehensive Economic "
                + "Partnership in 2020. China is Vietnam's biggest trading partner. Washington sees Hanoi as a key "
                + "strategic partner. The two countries held a strategic dialogue. Real Madrid signed Jude "
                + "Bellingham from Borussia Dortmund."));
    }

    @Test
    void aSkippedRungIsNoStatement() throws Exception {
        List<PartnershipRecord> found = statements("2023-07-21", "The two sides could skip the middle rung and go "
                + "straight to a comprehensive strategic partnership, Chau said of Vietnam and the United States.");
        assertTrue(found.stream().noneMatch(r -> r.rung().equals("VNM:SP")), found.toString());
    }
}
