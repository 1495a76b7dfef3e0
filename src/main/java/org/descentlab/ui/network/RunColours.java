package org.descentlab.ui.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.scene.paint.Color;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.ui.widgets.OptimizerColours;

/**
 * The colour of each run on show: its optimizer's colour, the one its paths have on the Surfaces tab, so that a colour
 * means the same optimizer everywhere. When one optimizer runs more than once (learning rates, batch sizes or
 * activations compared), its first run keeps that colour and each further run takes another colour of the palette that
 * no run on show uses: shades of one hue were too alike to tell apart on a projector.
 */
final class RunColours {

    private RunColours() {
    }

    /** The colour of {@code type} on both tabs. */
    static Color of(OptimizerType type) {
        return OptimizerColours.of(type.id());
    }

    /** One colour per run of these optimizers, in the same order, no two alike. */
    static List<Color> of(List<OptimizerType> runs) {
        var taken = new LinkedHashSet<Color>();
        runs.forEach(t -> taken.add(of(t)));
        var colours = new ArrayList<Color>();
        var seen = new HashSet<OptimizerType>();
        int next = 0;
        for (OptimizerType type : runs) {
            if (seen.add(type)) {
                colours.add(of(type));
                continue;
            }
            Color spare;
            do {
                spare = OptimizerColours.of(next++);
            } while (taken.contains(spare) && next < 64);
            taken.add(spare);
            colours.add(spare);
        }
        return colours;
    }
}
