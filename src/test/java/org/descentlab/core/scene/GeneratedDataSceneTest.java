package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.descentlab.core.nn.ClusterSettings;
import org.descentlab.core.nn.DatasetKind;
import org.descentlab.core.nn.GaussianClusters;
import org.descentlab.core.nn.PlaygroundData;
import org.junit.jupiter.api.Test;

/** A scene's data setup generates the kind it names, read back from its file the same, and split as clusters are. */
class GeneratedDataSceneTest {

    private static PreparedNetwork prepare(NetworkScene scene) {
        return PreparedNetwork.prepare(scene, null, Runtime.getRuntime().maxMemory());
    }

    private static NetworkScene spiral(double validation) {
        var d = new DataSetup(null, 10, 150, 1.0, 4L, validation, DatasetKind.SPIRAL, 0.2);
        return NetworkScene.defaults().withData(d);
    }

    @Test
    void aSpiralSceneTrainsOnTheSpiralOfItsSeedWithTwoClasses() {
        var prepared = prepare(spiral(0));
        var expected = PlaygroundData.generate(DatasetKind.SPIRAL, 150, 0.2, 4L);
        assertArrayEquals(expected.inputs(), prepared.data().inputs());
        assertEquals(2, prepared.data().classes());
        assertEquals(300, prepared.split().train().size());
        assertEquals(2, prepared.start().shape().classes());
    }

    @Test
    void theValidationSplitHoldsOutItsShareOfEachClass() {
        var split = prepare(spiral(0.2)).split();
        assertEquals(240, split.train().size());
        assertEquals(60, split.validation().size());
        assertEquals(30, Arrays.stream(split.validation().labels()).filter(l -> l == 0).count());
    }

    @Test
    void clustersAreStillTheSeedsClusters() {
        var prepared = prepare(NetworkScene.defaults());
        assertArrayEquals(GaussianClusters.generate(ClusterSettings.defaults()).inputs(), prepared.data().inputs());
        assertEquals(10, prepared.data().classes());
    }

    @Test
    void aSceneFileKeepsTheKindAndNoise() {
        var scene = new Scene(null, spiral(0.1));
        var read = SceneJson.read(SceneJson.write(scene), "test").scene();
        assertEquals(DatasetKind.SPIRAL, read.network().data().kind());
        assertEquals(0.2, read.network().data().noise());
        assertArrayEquals(prepare(spiral(0.1)).data().inputs(), prepare(read.network()).data().inputs());
    }
}
