package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.PlaygroundData;
import org.descentlab.core.scene.Scene;
import org.descentlab.core.scene.SceneFile;
import org.descentlab.session.TrainingSession;
import org.descentlab.ui.words.Language;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The data section's kind choice and noise field, headless: the data trained on are checked against
 * {@link PlaygroundData} drawn here with the values on show.
 */
@Tag("ui")
class DataControlsUiTest extends NetworkTabFixture {

    @TempDir
    Path dir;

    @AfterAll
    static void englishAgain() {
        new FxRobot().interact(() -> Words.setLanguage(Language.ENGLISH));
    }

    @BeforeEach
    void theSeedsClusters() {
        robot.interact(() -> {
            app.window().selectTab(1);
            model.useSessions(TrainingSession::new);
            model.pause();
            var c = ClusterSettings.defaults();
            model.regenerate(c.clusters(), c.pointsPerCluster(), c.spread(), c.seed(), 0);
            model.reset();
            tab.clearMessages();
            tab.useRestartQuestion((change, epochs) -> true);
            Words.setLanguage(Language.ENGLISH);
        });
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DatasetKind> kinds() {
        return robot.from(tab).lookup("#dataKindChoice").queryAs(ComboBox.class);
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return robot.from(tab).lookup(id).queryAs(type);
    }

    private Label labelOf(Node control) {
        return robot.from(tab).lookup((Label l) -> l.getLabelFor() == control).queryAs(Label.class);
    }

    @Test
    void choosingSpiralsTrainsOnTwoSpiralsOfThePointsAndNoiseOnShow() {
        var noise = node("#noiseField", TextField.class);
        robot.interact(() -> noise.setText("0.3"));
        robot.interact(() -> kinds().setValue(DatasetKind.SPIRAL));
        var d = model.scene().data();
        assertEquals(DatasetKind.SPIRAL, d.kind());
        assertEquals(0.3, d.noise());
        var expected = PlaygroundData.generate(DatasetKind.SPIRAL, 100, 0.3, 0);
        assertArrayEquals(expected.inputs(), model.split().train().inputs());
        assertEquals(2, model.parameters().shape().classes(), "a network with two outputs");
        assertEquals("Two spirals: 2 classes × 100 points, σ 0.3, seed 0",
                node("#dataSource", Label.class).getText());
    }

    @Test
    void clusterSettingsHideForTheTwoClassPicturesAndComeBackForClusters() {
        var clusters = node("#clustersField", TextField.class);
        var spread = node("#spreadField", TextField.class);
        var noise = node("#noiseField", TextField.class);
        var points = node("#pointsField", TextField.class);
        assertTrue(clusters.isVisible() && spread.isVisible());
        assertFalse(noise.isVisible());
        assertEquals("Points per cluster", labelOf(points).getText());
        robot.interact(() -> kinds().setValue(DatasetKind.MOONS));
        assertFalse(clusters.isVisible() || spread.isVisible() || labelOf(clusters).isVisible());
        assertTrue(noise.isVisible() && labelOf(noise).isVisible());
        assertEquals("Points per class", labelOf(points).getText());
        robot.interact(() -> kinds().setValue(DatasetKind.CLUSTERS));
        assertEquals(DatasetKind.CLUSTERS, model.scene().data().kind());
        assertEquals(10, model.split().train().classes());
        assertTrue(clusters.isVisible() && spread.isVisible());
        assertFalse(noise.isVisible());
    }

    @Test
    void enterInTheNoiseFieldDrawsThePictureAgainWithThatNoise() {
        robot.interact(() -> kinds().setValue(DatasetKind.CIRCLES));
        var noise = node("#noiseField", TextField.class);
        robot.interact(() -> noise.setText("1.5"));
        robot.clickOn(noise).type(KeyCode.ENTER);
        assertEquals(1.5, model.scene().data().noise());
        assertArrayEquals(PlaygroundData.generate(DatasetKind.CIRCLES, 100, 1.5, 0).inputs(),
                model.split().train().inputs());
    }

    @Test
    void aRefusedNoiseSaysWhyAndKeepsTheDataOnShow() {
        robot.interact(() -> kinds().setValue(DatasetKind.XOR));
        var before = model.scene();
        robot.interact(() -> node("#noiseField", TextField.class).setText("9"));
        robot.interact(() -> node("#regenerateButton", javafx.scene.control.Button.class).fire());
        assertEquals(before, model.scene());
        Label problem = node("#dataProblem", Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("5"), problem.getText());
        robot.interact(() -> node("#noiseField", TextField.class).setText("lots"));
        robot.interact(() -> node("#regenerateButton", javafx.scene.control.Button.class).fire());
        assertEquals(before, model.scene());
        assertTrue(problem.getText().contains("lots"), problem.getText());
    }

    @Test
    void declinedStartingOverLeavesTheChoiceOnTheDataTrainedOn() throws Exception {
        robot.interact(() -> {
            tab.useRestartQuestion((change, epochs) -> false);
            model.oneEpoch();
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> model.trainedEpochs() == 1);
        robot.interact(() -> kinds().setValue(DatasetKind.SPIRAL));
        assertEquals(DatasetKind.CLUSTERS, model.scene().data().kind());
        assertEquals(DatasetKind.CLUSTERS, kinds().getValue());
    }

    @Test
    void aSavedSceneBringsTheKindAndNoiseBack() throws Exception {
        robot.interact(() -> node("#noiseField", TextField.class).setText("0.7"));
        robot.interact(() -> kinds().setValue(DatasetKind.MOONS));
        Path file = dir.resolve("moons" + SceneFile.EXTENSION);
        SceneFile.write(file, tab.saveInto(Scene.EMPTY));
        robot.interact(() -> kinds().setValue(DatasetKind.CLUSTERS));
        var read = SceneFile.read(file).scene();
        robot.interact(() -> tab.prepare(read, dir).run());
        assertEquals(DatasetKind.MOONS, kinds().getValue());
        assertEquals("0.7", node("#noiseField", TextField.class).getText());
        assertArrayEquals(PlaygroundData.generate(DatasetKind.MOONS, 100, 0.7, 0).inputs(),
                model.split().train().inputs());
    }

    @Test
    void aFileOnShowReadsAsSuchAndRegenerateMakesClustersAgain() {
        robot.interact(() -> kinds().setValue(DatasetKind.MOONS));
        Path file = dir.resolve("moons.npz");
        robot.interact(() -> {
            model.saveDataset(file);
            tab.loadDataset(file);
        });
        assertEquals(file.toAbsolutePath().toString(), model.scene().data().file());
        assertNull(kinds().getValue());
        assertEquals("From a file", kinds().getButtonCell().getText());
        assertTrue(node("#clustersField", TextField.class).isVisible());
        assertFalse(node("#noiseField", TextField.class).isVisible());
        robot.interact(() -> node("#regenerateButton", javafx.scene.control.Button.class).fire());
        assertTrue(model.scene().data().generated());
        assertEquals(DatasetKind.CLUSTERS, model.scene().data().kind());
        assertEquals(10, model.split().train().classes());
    }

    @Test
    void theChoiceSpeaksKoreanAfterTheLanguageChanges() {
        robot.interact(() -> kinds().setValue(DatasetKind.SPIRAL));
        robot.interact(() -> Words.setLanguage(Language.KOREAN));
        assertEquals("두 나선", kinds().getButtonCell().getText());
        assertEquals("클래스당 점 수", labelOf(node("#pointsField", TextField.class)).getText());
        assertTrue(node("#dataSource", Label.class).getText().startsWith("두 나선: 클래스 2개"));
        robot.interact(() -> Words.setLanguage(Language.ENGLISH));
        assertNull(model.scene().data().file());
    }
}
