package org.descentlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.descentlab.core.nn.TrainingSettings;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Momentum;
import org.descentlab.session.SessionText;
import org.descentlab.ui.words.Names;
import org.descentlab.ui.words.Words;
import org.junit.jupiter.api.Test;

/** The words the network tab makes from a run: its name, why it stopped, the batch size typed. In English. */
class RunWordsTest {

    @Test
    void aRunOfOptimizersComparedIsShownByTheOptimizersDisplayName() {
        assertEquals(Names.optimizer(Adam.TYPE), RunNames.shown(RunNames.label(Adam.TYPE), Adam.TYPE));
    }

    @Test
    void aRunOfLearningRatesComparedIsShownByNameAndRate() {
        String label = RunNames.label(Momentum.TYPE, 0.01);
        assertEquals(Momentum.TYPE.name() + " lr 0.01", label, "saved the same in every language");
        assertEquals(Names.optimizer(Momentum.TYPE) + " lr 0.01", RunNames.shown(label, Momentum.TYPE));
    }

    @Test
    void aLabelWrittenByHandIsShownAsItIs() {
        assertEquals("my favourite", RunNames.shown("my favourite", Adam.TYPE));
    }

    @Test
    void aLossThatBlewUpIsToldWithItsEpoch() {
        String failure = String.format(Locale.ROOT, SessionText.DIVERGED, 7);
        assertEquals("Training stopped: the loss is no longer a finite number at epoch 7 (the learning rate is too "
                + "large for this network); lower it and press Reset.", RunFailures.message(failure, null));
    }

    @Test
    void runningOutOfMemorySaysWhatToChange() {
        assertEquals(Words.get("network.failure.outOfMemory"),
                RunFailures.message(SessionText.OUT_OF_MEMORY, new OutOfMemoryError("test")));
    }

    @Test
    void anyOtherFailureIsQuotedAsTheSessionGaveIt() {
        assertEquals("Training stopped: index 3 out of bounds.",
                RunFailures.message("index 3 out of bounds", new IllegalStateException("index 3 out of bounds")));
    }

    @Test
    void aBatchSizeIsAWholeNumberOrFull() {
        assertEquals(32, SettingsParts.parseBatchSize("32", "full"));
        assertEquals(TrainingSettings.FULL_BATCH, SettingsParts.parseBatchSize("Full", "full"));
        assertEquals(TrainingSettings.FULL_BATCH, SettingsParts.parseBatchSize("전체", "전체"), "in Korean");
        assertEquals(TrainingSettings.FULL_BATCH, SettingsParts.parseBatchSize("full", "전체"), "English always");
        assertNull(SettingsParts.parseBatchSize("abc", "full"));
        assertNull(SettingsParts.parseBatchSize("3.5", "full"));
    }
}
