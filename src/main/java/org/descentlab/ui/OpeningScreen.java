package org.descentlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.descentlab.ui.widgets.UiFont;
import org.descentlab.ui.words.Words;

/**
 * What the window shows for the second or so between appearing and having its content: the app's icon, its name and
 * "Opening…" in the window's language, on the window's own background. Made of a few shapes and texts that need no
 * style sheet, so that it is on screen some hundred milliseconds after JavaFX starts instead of after the whole
 * window has been built, styled and laid out ({@link DescentLabApp} then puts the window in its place).
 */
final class OpeningScreen {

    /** The window's background, {@code -fx-base} of the style sheet. */
    static final Color BACKGROUND = Color.web("#f4f5f7");
    static final String MESSAGE_KEY = "frame.opening";

    private OpeningScreen() {
    }

    /** The screen's root, in the current language, the icon decoded in the background. */
    static Parent create() {
        // Not UiFont.regular: that waits for the font to be registered with AWT too, which the warm-up thread is doing.
        UiFont.loadForJavaFx();
        var icon = new ImageView(new Image(DescentLabApp.iconResource(256), 128, 128, true, true, true));
        var name = new Text(Words.get("frame.window.title"));
        name.setFont(Font.font(UiFont.FAMILY, FontWeight.BOLD, 40));
        name.setFill(Color.web("#1d2533"));
        var message = new Text(Words.get(MESSAGE_KEY));
        message.setId("opening-message");
        message.setFont(Font.font(UiFont.FAMILY, FontWeight.NORMAL, 22));
        message.setFill(Color.web("#4a5568"));
        var root = new VBox(18, icon, name, message);
        root.setId("opening-screen");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(24));
        root.setBackground(new Background(new BackgroundFill(BACKGROUND, null, null)));
        return root;
    }
}
