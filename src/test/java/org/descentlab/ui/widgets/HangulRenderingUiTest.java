package org.descentlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.descentlab.ui.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Korean renders as Hangul, not as boxes, on a machine without a Korean font (CI has none): labels styled as the
 * window styles them are drawn in the shipped Nanum Gothic, and each syllable gets a glyph of its own. Without the
 * font, every syllable would be drawn as the same empty box, and these pictures would all be alike.
 */
@Tag("ui")
class HangulRenderingUiTest {

    /** "Gradient descent" in the notes' own word: five different syllables. */
    private static final String WORD = "경사하강법";

    private static final List<Label> SYLLABLES = new ArrayList<>();
    private static Label whole;

    @BeforeAll
    static void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.registerStage(Stage::new);
        FxToolkit.setupStage(stage -> {
            var row = new HBox(12);
            WORD.codePoints().forEach(c -> SYLLABLES.add(new Label(new String(Character.toChars(c)))));
            whole = new Label(WORD);
            row.getChildren().addAll(SYLLABLES);
            row.getChildren().add(whole);
            // Large, so that every stroke is clearly inked; the family is the style sheet's, as in the window.
            row.setStyle("-fx-padding: 10; -fx-background-color: white; -fx-font-size: 40px");
            var scene = new Scene(row, 700, 100);
            MainWindow.applyStyles(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> action) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    @Test
    void aKoreanLabelIsSetInTheShippedFont() {
        assertEquals(UiFont.FAMILY, onFx(() -> whole.getFont().getFamily()));
        SYLLABLES.forEach(l -> assertEquals(UiFont.FAMILY, onFx(() -> l.getFont().getFamily()), l.getText()));
    }

    @Test
    void everySyllableIsDrawnWithAGlyphOfItsOwnAndInk() {
        List<int[]> pictures = onFx(() -> SYLLABLES.stream().map(HangulRenderingUiTest::pixels).toList());
        for (int i = 0; i < pictures.size(); i++) {
            assertTrue(ink(pictures.get(i)) > 100, SYLLABLES.get(i).getText() + " is drawn with hardly any ink");
            for (int j = i + 1; j < pictures.size(); j++) {
                assertFalse(java.util.Arrays.equals(pictures.get(i), pictures.get(j)),
                        SYLLABLES.get(i).getText() + " and " + SYLLABLES.get(j).getText()
                                + " look the same: boxes, not Hangul");
            }
        }
    }

    /** The label's picture, as ARGB values, row by row (with its size first, so that sizes count too). */
    private static int[] pixels(Label label) {
        WritableImage image = label.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        argb[0] = w;
        argb[1] = h;
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 2, w);
        return argb;
    }

    /** Pixels clearly darker than the background. */
    private static long ink(int[] argb) {
        long n = 0;
        for (int i = 2; i < argb.length; i++) {
            int p = argb[i];
            int alpha = p >>> 24;
            int grey = ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) / 3;
            if (alpha > 128 && grey < 160) {
                n++;
            }
        }
        return n;
    }
}
