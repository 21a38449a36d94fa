package org.dyad.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/tables.md lists every column of every table as {@link Tables} defines it. */
class TablesDocTest {
    /** A table's section of docs/tables.md. */
    static String render(Table t) {
        StringBuilder b = new StringBuilder();
        b.append("### `").append(t.name()).append("`\n\n").append(capitalised(t.description())).append(".\n\n");
        b.append("| column | type | null | meaning |\n|---|---|---|---|\n");
        for (Column c : t.columns()) {
            b.append("| `").append(c.name()).append("` | ").append(c.type().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
                    .append(c.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void theDocumentListsEveryColumn() throws IOException {
        Path doc = Path.of("..", "docs", "tables.md");
        String text = Files.readString(doc);
        for (Table t : Tables.ALL) {
            String section = render(t);
            assertTrue(text.contains(section), () -> doc + " is out of date; the " + t.name()
                    + " section should read:\n\n" + section);
        }
    }

    /** Prints every section, for writing the document. */
    public static void main(String[] args) {
        for (Table t : Tables.ALL) {
            System.out.println(render(t));
        }
    }
}
