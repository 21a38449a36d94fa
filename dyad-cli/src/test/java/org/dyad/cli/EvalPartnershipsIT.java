package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code eval partnerships} on the seeds development gold (read at test time only; skipped where it is absent):
 * the target is F1 0.85 on (pair, rung, statement class).
 */
class EvalPartnershipsIT {
    private static final Path GOLD = Path.of("../../shared/gold/seeds-dev.json").toAbsolutePath().normalize();

    @Test
    void seedsDevelopmentGoldReachesTheTarget() {
        Assumptions.assumeTrue(Files.isRegularFile(GOLD), "no gold at " + GOLD);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EvalPartnershipsCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(GOLD.toString(), "--verbose"), err.toString());
        Matcher m = Pattern.compile("precision ([0-9.]+)  recall ([0-9.]+)  F1 ([0-9.]+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(3)) >= 0.85, out.toString());
    }
}
