package org.descentlab.ui.surface;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Tooltip;
import org.descentlab.ui.words.Words;

/**
 * The tab's ways with words (the {@code surfaces.} keys of the {@code surface} bundle): a text made from the state
 * and the language together, a tooltip that follows the language, and numbers written the same way in both languages.
 */
final class SurfaceWords {

    private SurfaceWords() {
    }

    /** {@code make}'s text, made again whenever one of {@code state} or the language changes. */
    static StringBinding text(Supplier<String> make, Observable... state) {
        Observable[] all = Arrays.copyOf(state, state.length + 1);
        all[state.length] = Words.languageProperty();
        return Bindings.createStringBinding(make::get, all);
    }

    /** A tooltip with the string of {@code key}, following the language. */
    static Tooltip tip(String key) {
        var tip = new Tooltip();
        Words.bind(tip.textProperty(), key);
        return tip;
    }

    /** A tooltip with the text {@code make} makes, made again when the language changes. */
    static Tooltip tip(Supplier<String> make) {
        var tip = new Tooltip();
        tip.textProperty().bind(Words.text(make));
        return tip;
    }

    /** {@code value} in {@code format}, in the root locale: a decimal point in every language. */
    static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
