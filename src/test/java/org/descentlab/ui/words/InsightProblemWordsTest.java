package org.descentlab.ui.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.scene.InsightSetup;
import org.descentlab.core.scene.SettingException;
import org.descentlab.ui.widgets.ProblemText;
import org.junit.jupiter.api.Test;

/** The insight settings' own problem (a sweep's ends in the wrong order) in both languages. */
class InsightProblemWordsTest {

    @Test
    void aSweepInTheWrongOrderToldInEnglishIsItsMessageAndInKoreanHasBothRates() {
        var problem = assertThrows(SettingException.class,
                () -> InsightSetup.defaults().withSweep(0.5, 0.001, 61)).problem();
        assertEquals(problem.message(), ProblemText.of(problem, Language.ENGLISH));
        String korean = ProblemText.of(problem, Language.KOREAN);
        assertTrue(korean.contains("학습률") && korean.contains("0.5") && korean.contains("0.001"), korean);
    }
}
