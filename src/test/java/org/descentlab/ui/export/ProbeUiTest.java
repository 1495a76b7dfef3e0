package org.descentlab.ui.export;

import java.util.concurrent.TimeUnit;
import org.descentlab.ui.DescentLabApp;
import org.descentlab.ui.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
class ProbeUiTest {
    @Test
    void probe() throws Exception {
        DescentLabApp app = TestApp.launch();
        var tab = app.window().surfaceTab();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tab.heatMap() != null);
        TestApp.waitFrames(3);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            var p = tab.overlayPlot();
            System.out.println("PROBE layout " + p.getLayoutBounds() + " local " + p.getBoundsInLocal());
            for (var c : p.getChildrenUnmodifiable()) {
                System.out.println("PROBE child " + c + " vis " + c.isVisible() + " " + c.getBoundsInParent());
            }
            var img = PictureTaking.take(app.window().exports().pictureSources().get(0), 2, Pictures.Backdrop.WHITE);
            Pictures.writePng(img, java.nio.file.Path.of("/tmp/h2/overlay2x.png"));
            var img1 = PictureTaking.take(app.window().exports().pictureSources().get(0), 1, Pictures.Backdrop.WHITE);
            Pictures.writePng(img1, java.nio.file.Path.of("/tmp/h2/overlay1x.png"));
            var ch = (javafx.scene.control.TabPane) tab.lookup("#figureTabs");
            ch.getSelectionModel().select(1);
            return null;
        }));
        TestApp.waitFrames(3);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            var src = app.window().exports().pictureSources().stream().filter(s -> s.id().equals("loss-chart")).findFirst().orElseThrow();
            Pictures.writePng(PictureTaking.take(src, 2, Pictures.Backdrop.TRANSPARENT), java.nio.file.Path.of("/tmp/h2/chart2x.png"));
            Pictures.writePng(PictureTaking.take(src, 1, Pictures.Backdrop.WHITE), java.nio.file.Path.of("/tmp/h2/chart1x.png"));
            Pictures.writePng(PictureTaking.take(app.window().exports().pictureSources().get(app.window().exports().pictureSources().size()-1), 1, Pictures.Backdrop.WHITE), java.nio.file.Path.of("/tmp/h2/window.png"));
            Pictures.writePng(Pictures.of(app.window().root().getScene(), 1), java.nio.file.Path.of("/tmp/h2/withbuttons.png"));
            return null;
        }));
        for (var lang : org.descentlab.ui.words.Language.values()) {
            var dlg = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                org.descentlab.ui.words.Words.setLanguage(lang);
                var d = new PictureDialog(TestApp.stage(app), app.window().exports().pictureSources(),
                        new PictureDialog.Start("loss-chart", 2, Pictures.Backdrop.TRANSPARENT, PictureDialog.Action.SAVE));
                d.dialog().show();
                return d;
            }));
            TestApp.waitFrames(5);
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                Pictures.writePng(Pictures.of(dlg.pane().getScene(), 1), java.nio.file.Path.of("/tmp/h2/dialog-" + lang + ".png"));
                dlg.dialog().setResult(null);
                dlg.dialog().close();
                return null;
            }));
            var dlg2 = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                var d = new PictureDialog(TestApp.stage(app), app.window().exports().pictureSources(),
                        new PictureDialog.Start("overlay", 1, Pictures.Backdrop.WHITE, PictureDialog.Action.COPY));
                d.dialog().show();
                return d;
            }));
            TestApp.waitFrames(5);
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                Pictures.writePng(Pictures.of(dlg2.pane().getScene(), 1), java.nio.file.Path.of("/tmp/h2/dialog2-" + lang + ".png"));
                dlg2.dialog().setResult(null);
                dlg2.dialog().close();
                org.descentlab.ui.words.Words.setLanguage(org.descentlab.ui.words.Language.ENGLISH);
                return null;
            }));
        }
        TestApp.close(app);
    }
}
