package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.descentlab.testing.PomVersion;
import org.junit.jupiter.api.Test;

/** {@code descent-lab --version}. */
class VersionOptionTest {

    @Test
    void versionPrintsThePomsProjectVersion() throws Exception {
        var run = CliRun.of("--version");
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(new String[] {"Descent Lab " + PomVersion.read()}, run.outLines());
    }
}
