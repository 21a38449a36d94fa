package org.dyad.store.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What needs no server. */
class PostgresUrlTest {
    @Test
    void theUrlInMessagesHasNoPassword() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                PostgresStore.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://h/db?password=***", PostgresStore.redact("jdbc:postgresql://h/db?password=x"));
        assertEquals("jdbc:postgresql://u:***@h/db", PostgresStore.redact("jdbc:postgresql://u:s3cret@h/db"));
    }
}
