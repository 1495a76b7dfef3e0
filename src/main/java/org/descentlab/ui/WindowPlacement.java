package org.descentlab.ui;

import java.util.List;
import java.util.Optional;

/**
 * Where the window opens, given the screens' visual bounds (without task bars and docks) and where it was last: the
 * arithmetic only, so that it can be tested without a screen.
 *
 * <p>The first time, the window opens at the size its layout was designed for, centred on the primary screen, or
 * maximised when the screen is smaller than a common laptop's 1366 × 800: a projector at 1024 × 768 or 1280 × 720
 * needs every pixel. After that it opens where it was closed, maximised or not, but always wholly on one screen: a
 * window remembered on a projector that has since been unplugged is centred on the primary screen, and one larger
 * than its screen is shrunk to it.
 */
public final class WindowPlacement {

    /** The width the window's layout was designed for. */
    public static final double DESIGN_WIDTH = 1280;
    /** The height the window's layout was designed for. */
    public static final double DESIGN_HEIGHT = 800;
    /** The least width the window can be made, unless the screen itself is narrower. */
    public static final double MIN_WIDTH = 900;
    /** The least height the window can be made, unless the screen itself is lower. */
    public static final double MIN_HEIGHT = 600;
    /** On a screen narrower or lower than this, the window opens maximised the first time. */
    static final double SMALL_SCREEN_WIDTH = 1366;
    static final double SMALL_SCREEN_HEIGHT = 800;

    private WindowPlacement() {
    }

    /** A rectangle in the screens' coordinates (logical pixels, y down). */
    public record Area(double x, double y, double width, double height) {

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        /** The area the two rectangles share, 0 when they do not meet. */
        double overlap(Area other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        /** Whether {@code other} lies wholly inside this area. */
        public boolean contains(Area other) {
            return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
        }

        /** Whether every number is finite and the size is positive. */
        boolean isUsable() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width > 0 && height > 0;
        }
    }

    /**
     * Where the window is put.
     *
     * @param bounds the window's bounds when not maximised (also where it returns to from maximised)
     * @param maximised whether it fills its screen
     */
    public record Placement(Area bounds, boolean maximised) {
    }

    /**
     * Where the window opens.
     *
     * @param remembered where it was closed last time, if it was
     * @param primary the primary screen's visual bounds
     * @param screens every screen's visual bounds, the primary among them
     */
    public static Placement place(Optional<Placement> remembered, Area primary, List<Area> screens) {
        if (remembered.isPresent() && remembered.get().bounds().isUsable()) {
            return new Placement(fit(remembered.get().bounds(), primary, screens), remembered.get().maximised());
        }
        boolean small = primary.width() < SMALL_SCREEN_WIDTH || primary.height() < SMALL_SCREEN_HEIGHT;
        return new Placement(centred(DESIGN_WIDTH, DESIGN_HEIGHT, primary), small);
    }

    /**
     * {@code bounds} moved and shrunk to lie wholly on the screen it overlaps most, or centred on the primary screen
     * when it overlaps none; never smaller than the least window size where the screen has room for that.
     */
    public static Area fit(Area bounds, Area primary, List<Area> screens) {
        Area best = null;
        double most = 0;
        for (Area screen : screens) {
            double overlap = screen.overlap(bounds);
            if (overlap > most) {
                most = overlap;
                best = screen;
            }
        }
        if (best == null) {
            return centred(bounds.width(), bounds.height(), primary);
        }
        double width = clamp(bounds.width(), Math.min(MIN_WIDTH, best.width()), best.width());
        double height = clamp(bounds.height(), Math.min(MIN_HEIGHT, best.height()), best.height());
        return new Area(clamp(bounds.x(), best.x(), best.maxX() - width),
                clamp(bounds.y(), best.y(), best.maxY() - height), width, height);
    }

    /** The least width and height the window may be given on a screen of this size. */
    public static Area minimumSize(Area screen) {
        return new Area(0, 0, Math.min(MIN_WIDTH, screen.width()), Math.min(MIN_HEIGHT, screen.height()));
    }

    /** A window of at most {@code width} × {@code height} (and at least the least size) centred on {@code screen}. */
    private static Area centred(double width, double height, Area screen) {
        double w = clamp(width, Math.min(MIN_WIDTH, screen.width()), screen.width());
        double h = clamp(height, Math.min(MIN_HEIGHT, screen.height()), screen.height());
        // Whole pixels, rounded down so that the window never pokes out by half of one.
        return new Area(Math.floor(screen.x() + (screen.width() - w) / 2),
                Math.floor(screen.y() + (screen.height() - h) / 2), w, h);
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(most, value));
    }
}
