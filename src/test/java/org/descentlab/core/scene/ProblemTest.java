package org.descentlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.descentlab.core.optim.Hyperparameter;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.scene.Problem.Wording;
import org.junit.jupiter.api.Test;

/**
 * Problems carry, beside their English message, the key and values of the same sentence for a window in another
 * language; the English message is unchanged by it.
 */
class ProblemTest {

    @Test
    void aProblemMadeTheOldWayHasItsMessageAndNoWording() {
        var problem = new Problem("network.data.file", "ch2.npz: no such file");
        assertFalse(problem.hasWording());
        assertNull(problem.wording());
        assertEquals("ch2.npz: no such file", problem.toString());
        assertEquals("", Problem.of("nothing to open").field());
        assertFalse(Problem.of("nothing to open").hasWording());
    }

    @Test
    void aLimitsRangeProblemNamesTheLimitsWordTheBoundsAndTheValue() {
        var problem = NetworkLimits.CLUSTERS.problemWith(51, "network.data.clusters");
        assertEquals("Clusters (network.data.clusters) must be a whole number from 2 to 50, got 51", problem.message());
        assertEquals(Wording.of("problem.range_whole",
                Wording.of(Problem.NAMED, Wording.of("limit.clusters"), "network.data.clusters"), "2", "50", "51"),
                problem.wording());
    }

    @Test
    void notANumberIsAWordToTranslateAndARealLimitSaysNumber() {
        var problem = SurfaceLimits.NOISE.problemWith(Double.NaN, "--noise");
        assertEquals("Gradient noise σ (--noise) must be a number from 0 to 10, got not a number", problem.message());
        assertEquals(Wording.of("problem.range", Wording.of(Problem.NAMED, Wording.of("limit.noise"), "--noise"), "0",
                "10", Wording.of("problem.nan")), problem.wording());
    }

    @Test
    void aWindowsOwnLabelForTheSettingGivesWayToTheLimitsWord() {
        var problem = SurfaceLimits.STEPS.problemWith(0, "Maximum steps");
        assertEquals("Maximum steps must be a whole number from 1 to 1000000, got 0", problem.message());
        assertEquals(Wording.of("limit.steps"), problem.wording().values().get(0));
    }

    @Test
    void textThatIsNoNumberIsWordedWithWhatWasTyped() {
        var e = assertThrows(SettingException.class, () -> NetworkLimits.HIDDEN.parse(" x1 ", "--hidden"));
        assertEquals("Hidden units (--hidden): 'x1' is not a number", e.getMessage());
        assertEquals(Wording.of("problem.not_a_number", Wording.of(Problem.NAMED, Wording.of("limit.hidden"),
                "--hidden"), "x1"), e.problem().wording());
    }

    @Test
    void withoutTheFieldNameTheWordingDropsItToo() {
        var problem = NetworkLimits.CLUSTERS.problemWith(1, "network.data.clusters").withoutFieldName();
        assertEquals("Clusters must be a whole number from 2 to 50, got 1", problem.message());
        assertEquals(Wording.of("problem.range_whole", Wording.of("limit.clusters"), "2", "50", "1"),
                problem.wording());
        assertEquals("network.data.clusters", problem.field(), "the field is still known");
    }

    @Test
    void aWordingTakesOnlyStringsNumbersAndWordings() {
        assertThrows(IllegalArgumentException.class, () -> Wording.of("problem.range", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Wording.of(" "));
        assertThrows(NullPointerException.class, () -> Wording.of("problem.range", (Object) null));
        assertEquals(List.of("a", 2, Wording.of("problem.nan")),
                Wording.of("problem.range", "a", 2, Wording.of("problem.nan")).values());
    }

    @Test
    void aHyperparametersRefusalKeepsItsEnglishMessageAndCarriesItsTemplate() {
        Hyperparameter lr = Hyperparameters.learningRate(0.01);
        var refused = lr.refusal(20);
        assertEquals("Learning rate must be between 1e-05 and 10, got 20", refused.getMessage());
        assertEquals(refused.getMessage(), lr.problemWith(20));
        assertEquals("problem.between", refused.key());
        assertEquals(List.of("1e-05", "10", "20"), refused.values());
        assertNull(lr.refusal(0.5));

        var typed = assertThrows(Hyperparameter.Refused.class, () -> lr.parse("fast"));
        assertEquals("Learning rate: 'fast' is not a number (examples: 0.01, 3e-4)", typed.getMessage());
        assertEquals("problem.not_a_number_example", typed.key());
        assertEquals(List.of("fast"), typed.values());
        assertTrue(typed instanceof IllegalArgumentException, "callers catching IllegalArgumentException still do");
    }
}
