import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Descent Lab's icon: the contour lines of a tilted, elongated bowl and the path gradient descent with momentum
 * takes down it, computed here, not drawn by hand. Run from the project folder (no build needed, JDK 11+):
 *
 * <pre>java src/packaging/IconPainter.java</pre>
 *
 * It writes {@code src/packaging/icons/descent-lab.png} (256 px, Linux), {@code .ico} (Windows) and {@code .icns}
 * (macOS) for jpackage, and the window's own icons, {@code resources/org/descentlab/icons/descent-lab-N.png}. The
 * files are committed; run this again only to change the picture.
 */
public final class IconPainter {

    /** The bowl f(u, v) = u² + 6 v² in axes turned by this angle. */
    private static final double TILT = Math.toRadians(-30);
    private static final double STEEP = 6;
    /** Where the minimum is drawn, and pixels per unit, on the 256-pixel canvas. */
    private static final double CENTRE_X = 146;
    private static final double CENTRE_Y = 122;
    private static final double SCALE = 104;

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        var packaging = Path.of("src/packaging/icons");
        var window = Path.of("resources/org/descentlab/icons");
        Files.createDirectories(packaging);
        Files.createDirectories(window);
        var pngs = new LinkedHashMap<Integer, byte[]>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            pngs.put(size, png(paint(size)));
        }
        for (int size : new int[] {16, 32, 64, 256}) {
            Files.write(window.resolve("descent-lab-" + size + ".png"), pngs.get(size));
        }
        Files.write(packaging.resolve("descent-lab.png"), pngs.get(256));
        Files.write(packaging.resolve("descent-lab.ico"), ico(pngs, 16, 32, 48, 256));
        Files.write(packaging.resolve("descent-lab.icns"), icns(pngs));
    }

    /** The icon at {@code size} × {@code size} pixels, drawn at that size (thin lines stay crisp at 16 px). */
    static BufferedImage paint(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        boolean small = size <= 32;
        var tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x1d3557), 0, 248, new Color(0x0b1d33)));
        g.fill(tile);
        g.setClip(tile);
        contours(g, small);
        path(g, small);
        g.dispose();
        return image;
    }

    /** Level sets f = c: ellipses with half-axes √c and √(c/6), centred on the minimum. */
    private static void contours(Graphics2D g, boolean small) {
        double[] levels = small ? new double[] {0.06, 0.3, 0.9}
                : new double[] {0.02, 0.08, 0.2, 0.4, 0.7, 1.1, 1.6, 2.2};
        g.setStroke(new BasicStroke(small ? 9f : 4.5f));
        for (int i = 0; i < levels.length; i++) {
            double a = Math.sqrt(levels[i]) * SCALE;
            double b = Math.sqrt(levels[i] / STEEP) * SCALE;
            float t = (float) i / (levels.length - 1);
            g.setColor(blend(new Color(0x8ecae6), new Color(0x2a6f97), t));
            var ellipse = new Ellipse2D.Double(-a, -b, 2 * a, 2 * b);
            var turn = AffineTransform.getTranslateInstance(CENTRE_X, CENTRE_Y);
            turn.rotate(TILT);
            g.draw(turn.createTransformedShape(ellipse));
        }
    }

    /** Gradient descent from the lower left: it zigzags across the narrow direction of the valley, then settles. */
    private static void path(Graphics2D g, boolean small) {
        List<double[]> points = descent();
        var line = new Path2D.Double();
        line.moveTo(points.get(0)[0], points.get(0)[1]);
        points.forEach(p -> line.lineTo(p[0], p[1]));
        g.setStroke(new BasicStroke(small ? 14f : 8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xffb703));
        g.draw(line);
        if (!small) {
            g.setColor(new Color(0xfb8500));
            for (double[] p : points.subList(0, 7)) {
                g.fill(new Ellipse2D.Double(p[0] - 8, p[1] - 8, 16, 16));
            }
        }
        double r = small ? 20 : 15;
        g.setColor(new Color(0xe63946));
        g.fill(new Ellipse2D.Double(CENTRE_X - r, CENTRE_Y - r, 2 * r, 2 * r));
    }

    /** Gradient descent (γ 0.14) on f(u, v) = u² + 6 v², from (-1.05, 0.3) in the bowl's axes, 30 steps. */
    private static List<double[]> descent() {
        double u = -1.05;
        double v = 0.3;
        var points = new ArrayList<double[]>();
        for (int step = 0; step <= 30; step++) {
            points.add(toPixels(u, v));
            u -= 0.14 * 2 * u;
            v -= 0.14 * 2 * STEEP * v;
        }
        return points;
    }

    private static double[] toPixels(double u, double v) {
        double x = u * Math.cos(TILT) - v * Math.sin(TILT);
        double y = u * Math.sin(TILT) + v * Math.cos(TILT);
        return new double[] {CENTRE_X + SCALE * x, CENTRE_Y + SCALE * y};
    }

    private static Color blend(Color from, Color to, float t) {
        return new Color(Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose images are PNGs (allowed since Windows Vista): a directory, then the PNGs. */
    private static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += pngs.get(size).length;
        }
        var out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            // Width and height 0 mean 256.
            out.put((byte) (size % 256)).put((byte) (size % 256)).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(offset);
            offset += png.length;
        }
        for (int size : sizes) {
            out.put(pngs.get(size));
        }
        return out.array();
    }

    /** A macOS icon family whose images are PNGs: ic07 (128 px), ic08 (256 px), ic09 (512 px). */
    private static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        var body = new ByteArrayOutputStream();
        var entries = new DataOutputStream(body);
        Map<String, Integer> types = Map.of("ic07", 128, "ic08", 256, "ic09", 512);
        for (String type : List.of("ic07", "ic08", "ic09")) {
            byte[] png = pngs.get(types.get(type));
            entries.writeBytes(type);
            entries.writeInt(8 + png.length);
            entries.write(png);
        }
        var out = new ByteArrayOutputStream();
        var file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
