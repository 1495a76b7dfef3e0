package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The version shown in Help → About. */
class AppVersionTest {

    @Test
    void theManifestsVersionIsShownAndADevelopmentBuildSaysSo() {
        assertEquals("0.2.0", AppVersion.orDevelopmentBuild("0.2.0"));
        assertEquals("development build", AppVersion.orDevelopmentBuild(null));
        assertEquals("development build", AppVersion.orDevelopmentBuild(" "));
    }

    @Test
    void runFromTheClassFoldersItIsADevelopmentBuild() {
        assertEquals("development build", AppVersion.current());
    }
}
