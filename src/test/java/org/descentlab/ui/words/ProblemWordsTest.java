package org.descentlab.ui.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.OptimizerRegistry;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Scale;
import org.descentlab.core.scene.Limit;
import org.descentlab.core.scene.NetworkLimits;
import org.descentlab.core.scene.Problem;
import org.descentlab.core.scene.SettingException;
import org.descentlab.core.scene.SurfaceLimits;
import org.descentlab.ui.widgets.ProblemText;
import org.junit.jupiter.api.Test;

/**
 * The problems of bad input in the student's language: every declared limit has its name in both languages, and a
 * problem's wording, told in English, is word for word the message the command line prints.
 */
class ProblemWordsTest {

    private static List<Limit> limits() {
        return Stream.concat(NetworkLimits.all().stream(), SurfaceLimits.all().stream()).toList();
    }

    @Test
    void everyDeclaredLimitHasItsNameInBothLanguagesAndTheSameInEnglish() {
        var english = Words.bundle("problems", Language.ENGLISH);
        var korean = Words.bundle("problems", Language.KOREAN);
        for (Limit limit : limits()) {
            assertEquals(limit.label(), english.get(limit.labelKey()), limit.key());
            assertTrue(korean.containsKey(limit.labelKey()), limit.labelKey() + " has no Korean name");
        }
    }

    @Test
    void aLimitsProblemToldFromItsWordingInEnglishIsItsMessage() {
        var problems = new ArrayList<Problem>();
        for (Limit limit : limits()) {
            for (String name : List.of("--" + limit.key(), "section." + limit.key(), limit.label())) {
                problems.add(limit.problemWith(limit.max() + 1, name));
                problems.add(limit.problemWith(Double.NaN, name));
                problems.add(assertThrows(SettingException.class, () -> limit.parse("abc", name)).problem());
            }
        }
        for (Problem p : problems) {
            assertTrue(p.hasWording(), p.message());
            assertEquals(p.message(), ProblemText.of(p, Language.ENGLISH));
            assertEquals(p.withoutFieldName().message(), ProblemText.of(p.withoutFieldName(), Language.ENGLISH));
        }
    }

    @Test
    void aHyperparametersRefusalToldFromItsWordingInEnglishIsItsMessage() {
        for (OptimizerType type : OptimizerRegistry.all()) {
            for (Hyperparameter h : type.hyperparameters()) {
                var values = h.scale() == Scale.SWITCH ? List.of("0.5") : List.of("abc", "1e9", "-1e9", "");
                for (String typed : values) {
                    var refused = assertThrows(Hyperparameter.Refused.class, () -> h.parse(typed), typed);
                    assertEquals(refused.getMessage(), ProblemText.of(refused, h.label(), Language.ENGLISH));
                }
            }
        }
    }

    @Test
    void inKoreanTheSettingIsNamedInKoreanAndTheNumbersAsTyped() {
        var problem = NetworkLimits.CLUSTERS.problemWith(51, "network.data.clusters");
        assertEquals("군집 수 (network.data.clusters)은(는) 2부터 50까지의 정수여야 합니다. 입력한 값: 51",
                ProblemText.of(problem, Language.KOREAN));
        assertEquals("군집 수은(는) 2부터 50까지의 정수여야 합니다. 입력한 값: 51",
                ProblemText.of(problem.withoutFieldName(), Language.KOREAN));
        assertEquals("기울기 잡음 σ은(는) 0부터 10까지의 수여야 합니다. 입력한 값: 숫자가 아님",
                ProblemText.of(SurfaceLimits.NOISE.problemWith(Double.NaN, "Gradient noise"), Language.KOREAN));
        var lr = OptimizerRegistry.find("gd").orElseThrow().hyperparameters().get(0);
        var refused = assertThrows(Hyperparameter.Refused.class, () -> lr.parse("-1"));
        assertEquals("학습률 γ은(는) 1e-05에서 10 사이여야 합니다. 입력한 값: -1",
                ProblemText.of(refused, "학습률 γ", Language.KOREAN));
    }

    @Test
    void aProblemWithoutWordingIsToldInItsEnglishMessageInEveryLanguage() {
        var plain = new Problem("network.data.file", "ch2.npz: no such file");
        assertEquals("ch2.npz: no such file", ProblemText.of(plain, Language.KOREAN));
    }
}
