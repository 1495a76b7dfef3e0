package org.descentlab.ui.words;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The charts (JFreeChart, drawn by AWT) have no fallback font: a character the shipped Nanum Gothic lacks comes out
 * as a box (the minus sign U+2212 did, in "f − f*"). Every word a chart draws must be in the font, in both languages.
 */
class ChartWordsFontTest {

    /** The keys whose words the charts draw: titles, axis names, legends and marker labels. */
    private static final List<String> CHART_KEYS = List.of("surfaces.chart.", "network.chart.", "insight.sweep.",
            "depth.chart.", "depth.landscape.");

    @Test
    void everyWordAChartDrawsIsInTheShippedFont() throws Exception {
        Font font;
        try (var in = ChartWordsFontTest.class.getResourceAsStream("/org/descentlab/fonts/NanumGothic.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        var missing = new ArrayList<String>();
        int checked = 0;
        for (String name : Words.BUNDLES) {
            for (Language language : Language.values()) {
                for (var entry : Words.bundle(name, language).entrySet()) {
                    if (CHART_KEYS.stream().noneMatch(entry.getKey()::startsWith)) {
                        continue;
                    }
                    checked++;
                    int at = font.canDisplayUpTo(entry.getValue());
                    if (at >= 0) {
                        missing.add(entry.getKey() + " (" + language + "): U+"
                                + Integer.toHexString(entry.getValue().codePointAt(at)).toUpperCase());
                    }
                }
            }
        }
        assertTrue(checked > 40, "chart words found: " + checked);
        assertTrue(missing.isEmpty(), "characters the chart font lacks: " + missing);
    }
}
