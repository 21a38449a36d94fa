package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.Format;
import org.dyad.model.Input;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.junit.jupiter.api.Test;

class ReadStageTest {
    private static Input read(String name, byte[] bytes) throws BadInputException {
        Doc doc = new Doc(name).put(Layers.SOURCE, new Source(name, bytes, Map.of()));
        new ReadStage(1024 * 1024).process(doc);
        return doc.get(Layers.INPUT);
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(BadInputException.class, () -> read(name, bytes)).getMessage();
    }

    @Test
    void plainUtf8TextIsReadAsIsWithItsHash() throws Exception {
        Input in = read("a.txt", "Hà Nội hosts talks.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Hà Nội hosts talks.\n", in.text());
        assertEquals(Format.TEXT, in.format());
        assertEquals("UTF-8", in.charset());
        assertEquals(64, in.sha256().length());
    }

    @Test
    void badInputIsRefusedWithAReasonAUserCanActOn() {
        assertTrue(refusal("e.txt", new byte[0]).startsWith("empty file"));
        assertTrue(refusal("w.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).startsWith("no text"));
        assertTrue(refusal("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}).startsWith("binary file (NUL byte at offset 4)"));
        String bad = refusal("u.txt", new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});
        assertTrue(bad.startsWith("not valid UTF-8 (bad byte 0xC3 at offset 2)"), bad);
        assertTrue(bad.contains("iconv"), bad);
        assertTrue(refusal("big.txt", new byte[2 * 1024 * 1024]).contains("over the 1.0 MB limit"));
        assertTrue(refusal("c.txt", "\u0001\u0002\u0003\u0004 abc \u0005\u0006\u0007".getBytes(StandardCharsets.UTF_8))
                .startsWith("binary file"));
    }

    @Test
    void byteOrderMarksAndDeclaredCharsetsAreHonoured() throws Exception {
        byte[] utf16 = "\uFEFFTalks in Hanoi".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Talks in Hanoi", read("a.txt", utf16).text());
        byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 talks</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        Input html = read("a.html", latin);
        assertEquals("windows-1252", html.charset());
        assertTrue(html.text().contains("Café talks"));
        assertTrue(refusal("x.html", "<html><head><meta charset=\"klingon-8\"></head></html>".getBytes(StandardCharsets.US_ASCII))
                .contains("unknown charset"));
    }

    @Test
    void htmlIsRecognisedByNameOrContentAndParsedWithPositions() throws Exception {
        Input in = read("page", "<!DOCTYPE html><html><body><p>Hi &amp; bye</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.HTML, in.format());
        var p = in.html().selectFirst("p");
        assertEquals("<p>", in.text().substring(p.sourceRange().startPos(), p.sourceRange().endPos()));
        assertFalse(ReadStage.looksLikeHtml("notes.txt", "<html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markupTheHtmlParserFailsOnIsRefusedInOneLine() {
        // Found by the hostile corpus (HostileInputs "nesting-noscript"): jsoup 1.24.1 throws a ValidationException.
        String page = "<html><body>" + "<noscript><template><svg><math>".repeat(5_000);
        String why = refusal("n.html", page.getBytes(StandardCharsets.UTF_8));
        assertTrue(why.startsWith("the HTML parser cannot read this page ("), why);
        assertFalse(why.contains("\n"), why);
    }

    @Test
    void absurdlyNestedHtmlIsRefused() {
        String deep = "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000);
        assertTrue(refusal("deep.html", deep.getBytes(StandardCharsets.UTF_8)).startsWith("HTML nested more than"));
    }
}
