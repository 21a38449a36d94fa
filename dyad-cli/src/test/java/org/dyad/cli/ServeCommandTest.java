package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}: bad settings are usage errors, a port in use is said plainly (the server itself: dyad-web). */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void badSettingsAreUsageErrorsNamingTheSetting() {
        Cli.Run port = Cli.run("serve", "--db", dir.resolve("a.db"), "--port", "70000");
        assertEquals(ExitCodes.USAGE, port.code(), port::toString);
        assertTrue(port.err().contains("port must be 0 to 65535"), port::toString);
        Cli.Run token = Cli.run("serve", "--db", dir.resolve("a.db"), "--ingest-token", "short");
        assertEquals(ExitCodes.USAGE, token.code(), token::toString);
        assertTrue(token.err().contains("at least 8 characters"), token::toString);
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Run r = Cli.run("serve", "--db", dir.resolve("b.db"), "--port", taken.getLocalPort());
            assertEquals(ExitCodes.FATAL, r.code(), r::toString);
            assertTrue(r.err().startsWith("dyad: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r::toString);
            assertTrue(r.err().contains("--port 0"), r::toString);
        }
    }

    @Test
    void helpNamesTheTokensAndTheLimits() {
        Cli.Run r = Cli.run("serve", "--help");
        assertEquals(ExitCodes.OK, r.code());
        for (String option : new String[] {"--port", "--host", "--ingest-token", "--read-token", "--max-body",
                "--ingest-rate", "--cache", "--db"}) {
            assertTrue(r.out().contains(option), option + "\n" + r.out());
        }
    }
}
