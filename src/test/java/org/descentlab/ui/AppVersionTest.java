package org.descentlab.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.descentlab.testing.PomVersion;
import org.junit.jupiter.api.Test;

/** The version shown in Help → About, the log and the installer: the pom's, through a filtered resource. */
class AppVersionTest {

    @Test
    void theVersionIsThePomsProjectVersion() throws Exception {
        String pom = PomVersion.read();
        assertTrue(pom.matches("\\d+\\.\\d+\\.\\d+.*"), pom);
        assertEquals(pom, AppVersion.current());
        assertEquals(pom, AppVersion.shown());
    }

    @Test
    void aResourceTheBuildDidNotFillInIsADevelopmentBuild() {
        assertNull(AppVersion.fromResource(text("version=${project.version}\n")));
        assertNull(AppVersion.fromResource(text("# nothing\n")));
        assertNull(AppVersion.fromResource(null));
        assertEquals("0.3.0", AppVersion.fromResource(text("version= 0.3.0 \n")));
    }

    @Test
    void theLogCallsAMissingVersionADevelopmentBuild() {
        assertEquals("0.2.0", AppVersion.orDevelopmentBuild("0.2.0"));
        assertEquals("development build", AppVersion.orDevelopmentBuild(null));
        assertEquals("development build", AppVersion.orDevelopmentBuild(" "));
    }

    private static InputStream text(String properties) {
        return new ByteArrayInputStream(properties.getBytes(UTF_8));
    }
}
