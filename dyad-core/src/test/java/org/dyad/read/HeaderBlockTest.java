package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderBlockTest {
    @Test
    void readsKnownKeysWithTheSpanOfEachValue() {
        String t = "Title: Talks\r\ndate: 2023-04-13\nsource: Wire\nextra: kept in the header\n---\nBody.";
        var h = HeaderBlock.parse(t);
        assertEquals("Talks", h.get("title").value());
        assertEquals("Talks", t.substring(h.get("title").span().start(), h.get("title").span().end()));
        assertEquals("2023-04-13", h.get("published").value());
        assertEquals("Wire", h.get("outlet").value());
        assertEquals(t.indexOf("Body."), HeaderBlock.end(t));
    }

    @Test
    void textWithoutAHeaderBlockHasNone() {
        assertTrue(HeaderBlock.parse("Hanoi: talks resume\nThe talks resumed.\n---\n").isEmpty());
        assertEquals(-1, HeaderBlock.end("---\nBody"));
        assertEquals(-1, HeaderBlock.end("title: never closed\nBody text"));
    }
}
