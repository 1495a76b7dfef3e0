package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneJson;
import org.descentlab.core.scene.SurfacesScene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * {@code render} on the command line: what it writes, and one line on standard error with exit code 2 for every
 * mistake, before any drawing starts. The toolkit is started as the UI tests start it (Monocle, headless); the
 * command uses the running one.
 */
@Tag("ui")
class RenderCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startTheToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Path race() throws IOException {
        Path file = dir.resolve("race.dlab.json");
        Files.writeString(file, SceneJson.write(new Scene(SurfacesScene.defaults().withRun(20, 0, 0), null)));
        return file;
    }

    @Test
    void aPngOfTheRaceIsWrittenAtTheSizeAskedFor() throws IOException {
        Path out = dir.resolve("race.png");
        var run = CliRun.of("render", "--scene", race().toString(), "--out", out.toString(), "--size", "320x240");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertArrayEquals(new String[] {out + ": 1 frame, 320x240 pixels"}, run.outLines());
        var png = ImageIO.read(out.toFile());
        assertEquals(320, png.getWidth());
        assertEquals(240, png.getHeight());
    }

    @Test
    void aSceneThatIsNotThereIsOneLineAndExitTwo() {
        Path missing = dir.resolve("nowhere.dlab.json");
        var run = CliRun.of("render", "--scene", missing.toString(), "--out", dir.resolve("x.png").toString());
        assertRefused(run, missing.toString());
    }

    @Test
    void aSizeOutsideTheLimitsOrNotASizeIsRefused() throws IOException {
        var small = CliRun.of("render", "--scene", race().toString(), "--out", dir.resolve("x.png").toString(),
                "--size", "50x480");
        assertRefused(small, "Width (--size) must be a whole number from 100 to 3840, got 50");
        var words = CliRun.of("render", "--scene", race().toString(), "--out", dir.resolve("x.png").toString(),
                "--size", "large");
        assertRefused(words, "--size must be WIDTHxHEIGHT in pixels, e.g. 640x480, got 'large'");
    }

    @Test
    void anOutputThatIsNeitherPngNorGifIsRefused() throws IOException {
        Path out = dir.resolve("race.jpg");
        var run = CliRun.of("render", "--scene", race().toString(), "--out", out.toString());
        assertRefused(run, out + ": the file must end in .png (a picture) or .gif (an animation)");
    }

    @Test
    void aFrameRateOutsideTheLimitsIsRefused() throws IOException {
        var run = CliRun.of("render", "--scene", race().toString(), "--out", dir.resolve("x.gif").toString(),
                "--fps", "60");
        assertRefused(run, "Frames per second (--fps) must be a whole number from 1 to 50, got 60");
    }

    @Test
    void aPartTheSceneDoesNotHaveOrALengthOfTheOtherTabIsRefused() throws IOException {
        var network = CliRun.of("render", "--scene", race().toString(), "--out", dir.resolve("x.png").toString(),
                "--tab", "network");
        assertRefused(network, "the scene sets up no network (it has no 'network' part)");
        var epochs = CliRun.of("render", "--scene", race().toString(), "--out", dir.resolve("x.png").toString(),
                "--tab", "surfaces", "--epochs", "3");
        assertRefused(epochs, "--epochs is for training; a race takes --steps");
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeAnyDrawing() throws IOException {
        Path out = dir.resolve("missing").resolve("x.png");
        var run = CliRun.of("render", "--scene", race().toString(), "--out", out.toString());
        assertRefused(run, "does not exist");
        assertFalse(Files.exists(out.getParent()));
    }

    private static void assertRefused(CliRun run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("error: "), run.err());
        assertTrue(run.errLines()[0].contains(expected), run.err());
        assertEquals("", run.out());
    }
}
