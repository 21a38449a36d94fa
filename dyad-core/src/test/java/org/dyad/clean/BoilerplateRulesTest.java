package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

    private static BoilerplateRules parse(String text) throws IOException {
        return BoilerplateRules.parse("my-rules.tsv", new StringReader(text));
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
    }

    @Test
    void defaultsHaveRulesForEveryScope() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        for (Scope s : Scope.values()) {
            assertFalse(rules.of(s).isEmpty(), "no default rule for scope " + s.fileName());
        }
        assertTrue(rules.of(Scope.LINE).stream().anyMatch(r -> r.id().equals("cookie-notice")));
    }

    @Test
    void commentsAndBlankLinesAreIgnoredAndOrderIsKept() throws IOException {
        BoilerplateRules rules = parse("# a comment\n\nfirst\tline\tone\tnote\nsecond\tline\ttwo|one\t\n");
        assertEquals(List.of("first", "second"), rules.of(Scope.LINE).stream().map(Rule::id).toList());
        assertEquals("first", rules.first(Scope.LINE, "ONE").id());
        assertEquals("my-rules.tsv:3", rules.of(Scope.LINE).get(0).origin());
    }

    @Test
    void unknownScopeIsRejectedWithFileAndLine() {
        String message = error("# header\ngood\tline\tx\tnote\nbad\tparagraph\tx\tnote\n");
        assertTrue(message.startsWith("my-rules.tsv:3: unknown scope \"paragraph\""), message);
        assertTrue(message.contains("html-drop"), "lists the known scopes: " + message);
    }

    @Test
    void badRowsAreRejectedWithFileAndLine() {
        assertTrue(error("a\tline\t(unclosed\tnote").startsWith("my-rules.tsv:1: bad regular expression"));
        assertTrue(error("a\thtml-drop\tdiv[\tnote").startsWith("my-rules.tsv:1: bad CSS selector"));
        assertTrue(error("a\tline\tx").startsWith("my-rules.tsv:1: expected 4 tab-separated columns"));
        assertTrue(error("Bad Id\tline\tx\tnote").startsWith("my-rules.tsv:1: rule id \"Bad Id\""));
        assertTrue(error("a\tline\t \tnote").startsWith("my-rules.tsv:1: empty pattern"));
    }

    @Test
    void userRulesDriveTheCleaner() throws IOException {
        BoilerplateRules rules = parse("wire-credit\tline\t\\(wire\\)\tAgency credit line.\n");
        TextCleaner cleaner = new TextCleaner(rules);
        assertEquals("Text.\n\nMore.", cleaner.clean("Text.\n\n(WIRE)\n\nMore.").text());
        assertEquals("wire-credit", cleaner.clean("Text.\n(wire)").removed().get(0).rule());
    }

    @Test
    void classWordsSplitAtHyphensUnderscoresAndCaseChanges() {
        assertEquals(List.of("ad", "slot", "cookie", "banner", "gdpr", "popup", "shadow"),
                Chrome.words("ad-slot cookieBanner GDPR_popup shadow"));
    }
}
