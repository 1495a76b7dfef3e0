package org.descentlab.cli.archfixture;

import org.descentlab.ui.export.ExportLimits;
import org.descentlab.ui.export.Render;

/** Keeps the rule: the command line uses {@code ui.export} and nothing else of the window. Test source only. */
public final class GoesThroughTheExportDoor {

    private GoesThroughTheExportDoor() {
    }

    static Render.Tab tab() {
        return ExportLimits.FPS.max() > 0 ? Render.Tab.SURFACES : Render.Tab.NETWORK;
    }
}
