package org.descentlab.ui.widgets;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula typeset from LaTeX by JLaTeXMath, shown as an image: the update rules in the notes' own notation
 * (Θ, γ, α, M, G, ε, β₁, β₂). Drawn at the screen's own density, so that it is sharp on an ordinary and on a
 * high-density screen; classroom mode draws it again at its larger size rather than scaling the picture.
 */
public final class Formula {


    private Formula() {
    }

    /**
     * Screen pixels per layout pixel, rounded up: a formula is drawn at exactly the pixels it will cover, since scaling
     * an image of it down (JavaFX's smooth scaling is bilinear) thins its fine strokes away: '+' lost its bar and '='
     * merged into '−' at half size.
     */
    private static int pixelsPerPoint() {
        try {
            return (int) Math.max(1, Math.ceil(javafx.stage.Screen.getPrimary().getOutputScaleX() - 1e-9));
        } catch (RuntimeException noScreenYet) {
            return 1;
        }
    }

    /**
     * The formula as an image at {@code points} (the size of its letters), in {@code colour}.
     *
     * @throws IllegalArgumentException naming the mistake when {@code latex} does not parse
     */
    public static Image image(String latex, double points, javafx.scene.paint.Color colour) {
        TeXFormula formula;
        try {
            formula = new TeXFormula(latex);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the formula does not parse: " + e.getMessage(), e);
        }
        TeXIcon icon = formula.new TeXIconBuilder().setStyle(TeXConstants.STYLE_DISPLAY)
                .setSize((float) (points * pixelsPerPoint())).build();
        icon.setForeground(new Color((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue()));
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        var picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(picture, null);
    }

    /**
     * Typesets a small formula off screen, once, so that JLaTeXMath's classes and fonts are loaded on the start-up's
     * warm-up thread rather than when the first update rule is shown.
     */
    static void warmUp() {
        var icon = new TeXFormula("\\Theta_{t+1} = \\frac{\\gamma}{\\sqrt{G}}").createTeXIcon(
                TeXConstants.STYLE_DISPLAY, 20);
        var picture = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
    }

    /** The formula as a node, shown at {@code points}. */
    public static ImageView view(String latex, double points, javafx.scene.paint.Color colour) {
        var image = image(latex, points, colour);
        var view = new ImageView(image);
        view.setFitWidth(image.getWidth() / pixelsPerPoint());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.getStyleClass().add("formula");
        return view;
    }
}
