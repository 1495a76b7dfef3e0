package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descentlab.core.io.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneFileTest {

    @TempDir
    Path dir;

    @Test
    void aSceneSurvivesSaveAndOpen() {
        Path file = dir.resolve("lesson.dlab.json");
        var scene = SceneJsonTest.unusualScene();
        SceneFile.write(file, scene);
        assertEquals(scene, SceneFile.read(file).scene());
    }

    @Test
    void filesBesideTheSceneAreWrittenRelativeToItsFolder() throws IOException {
        Path data = dir.resolve("data/points.npz");
        var scene = new Scene(null, NetworkScene.defaults().withData(DataSetup.defaults().withFile(data.toString())));
        Path file = dir.resolve("s.dlab.json");
        SceneFile.write(file, scene);
        assertTrue(Files.readString(file).contains("\"file\" : \"data/points.npz\""), Files.readString(file));
        assertEquals("data/points.npz", SceneFile.read(file).scene().network().data().file());
        assertEquals(data, PreparedNetwork.resolve(SceneJson.folderOf(file), "data/points.npz"));
    }

    @Test
    void aRefusedSaveLeavesTheOldSceneWhole() throws IOException {
        Path file = dir.resolve("keep.json");
        Files.writeString(file, "old");
        var e = assertThrows(SettingException.class, () -> SceneFile.write(file, Scene.defaults()));
        assertTrue(e.getMessage().contains("must end in .dlab.json"), e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aFolderAMissingFileAHugeFileAndBinaryAreRefusedByName() throws IOException {
        assertMessage(dir, "is a folder");
        assertMessage(dir.resolve("none.dlab.json"), "no such file");
        Path huge = dir.resolve("huge.dlab.json");
        Files.write(huge, new byte[SceneFile.MAX_BYTES + 1]);
        assertMessage(huge, "larger than 1 MB");
        Path binary = dir.resolve("binary.dlab.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertMessage(binary, "not text (UTF-8)");
        assertMessage(Path.of(""), "no scene file name");
    }

    private static void assertMessage(Path file, String expected) {
        var e = assertThrows(SettingException.class, () -> SceneFile.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aSavedNetworkSceneTrainsBitForBitLikeTheOriginal() {
        Path file = dir.resolve("net.dlab.json");
        var scene = SceneJsonTest.unusualScene().network().withData(DataSetup.defaults())
                .withNetwork(new NetworkSetup(16, org.descentlab.core.nn.Activation.TANH, 3, null));
        SceneFile.write(file, new Scene(null, scene));
        var reopened = SceneFile.read(file).scene().network();
        var a = PreparedNetwork.prepare(scene, dir, Runtime.getRuntime().maxMemory());
        var b = PreparedNetwork.prepare(reopened, dir, Runtime.getRuntime().maxMemory());
        var ta = a.trainer(1);
        var tb = b.trainer(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(ta.stepEpoch(), tb.stepEpoch());
        }
        assertArrayEquals(ta.parameters().values(), tb.parameters().values());
    }

    @Test
    void theDatasetReadLimitsAreTheDeclaredOnes() {
        assertEquals(DatasetFile.ReadLimits.DEFAULT, PreparedNetwork.READ_LIMITS);
    }
}
