package org.descentlab.ui.surface;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import org.descentlab.core.descent.Curvature;
import org.descentlab.core.surface.Point;
import org.descentlab.ui.widgets.HyperparameterForm;
import org.descentlab.ui.words.Words;

/**
 * The mark on plain gradient descent's learning-rate slider at 2/λmax of the Hessian at its start: on the local
 * quadratic, each step multiplies the offset along the steepest-curving direction by 1 − η·λmax, so a learning rate η
 * above the mark overshoots further at every step and diverges. Exact on a quadratic surface (bowl, elongated), a
 * local guide elsewhere. It follows the surface and the start (a copy's own start, if it has one), and is absent where
 * f curves nowhere upward (λmax ≤ 0) or the Hessian is not finite.
 */
final class StabilityMark {

    /** The optimizer whose stability limit this is: plain gradient descent, whose update is −η∇f and nothing else. */
    static final String GRADIENT_DESCENT = "gd";

    private StabilityMark() {
    }

    /** Puts the mark on {@code form}'s learning-rate slider when {@code slot} is plain gradient descent. */
    static void attach(SurfaceTabModel model, OptimizerSlot slot, HyperparameterForm form) {
        if (!slot.type().id().equals(GRADIENT_DESCENT)) {
            return;
        }
        DoubleBinding limit = Bindings.createDoubleBinding(() -> limit(model, slot), model.surfaceProperty(),
                model.startProperty());
        form.mark("lr", limit, SurfaceWords.text(() -> Words.format("insight.curvature.stability.tip",
                CurvaturePainter.number(limit.get())), limit));
    }

    /** 2/λmax at {@code slot}'s start, or NaN where there is none. */
    static double limit(SurfaceTabModel model, OptimizerSlot slot) {
        Point start = slot.ownStart() != null ? slot.ownStart() : model.startProperty().get();
        try {
            return Curvature.at(model.surface(), start.x(), start.y()).gdStabilityLimit().orElse(Double.NaN);
        } catch (IllegalArgumentException e) {
            return Double.NaN; // the Hessian overflows here: no limit to mark
        }
    }
}
