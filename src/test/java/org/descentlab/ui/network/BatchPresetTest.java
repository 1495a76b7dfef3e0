package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.RmsProp;
import org.descentlab.core.scene.ComparisonRun;
import org.junit.jupiter.api.Test;

/** The batch-size preset's runs and their names, without the window. In English. */
class BatchPresetTest {

    @Test
    void threeRunsOfOneOptimizerAtItsValuesWithBatchSizesFullThirtyTwoAndOne() {
        var values = Adam.TYPE.defaults().with("lr", 0.005);
        var runs = BatchPreset.runs(Adam.TYPE, values);
        assertEquals(List.of(TrainingSettings.FULL_BATCH, 32, 1), runs.stream().map(ComparisonRun::batchSize).toList());
        for (var run : runs) {
            assertEquals(Adam.TYPE, run.optimizer());
            assertEquals(values, run.hyperparameters());
            assertNull(run.activation(), "the network's activation");
            assertNull(run.l2(), "the training's penalty");
        }
        assertEquals(List.of("Adam batch full", "Adam batch 32", "Adam batch 1"),
                runs.stream().map(ComparisonRun::label).toList(), "saved the same in every language");
    }

    @Test
    void thePresetsLabelsAreShownAsBatchMiniBatchAndStochastic() {
        var type = RmsProp.TYPE;
        String name = org.descentlab.ui.words.Names.optimizer(type);
        assertEquals(name + " · batch (all points)", RunNames.shown(BatchPreset.label(type, Integer.MAX_VALUE), type));
        assertEquals(name + " · mini-batch of 32", RunNames.shown(BatchPreset.label(type, 32), type));
        assertEquals(name + " · stochastic (1 point)", RunNames.shown(BatchPreset.label(type, 1), type));
        assertEquals(name + " · mini-batch of 8", RunNames.shown(type.name() + " batch 8", type), "typed in a file");
    }

    @Test
    void aLabelThatOnlyLooksLikeThePresetsIsShownAsItIs() {
        assertEquals("Adam batch of my own", RunNames.shown("Adam batch of my own", Adam.TYPE));
        assertEquals("Adam batch 0", RunNames.shown("Adam batch 0", Adam.TYPE));
        assertEquals("SGD batch 32", RunNames.shown("SGD batch 32", Adam.TYPE), "another optimizer's name");
    }
}
