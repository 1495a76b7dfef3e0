package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleFinder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The window's icons, and the installer's inputs as {@code src/packaging/build-installer.sh} looks for them. */
class InstallerInputsTest {

    @Test
    void everyWindowIconIsASquarePngOfItsSizeAndNotBlank() throws Exception {
        for (int size : DescentLabApp.ICON_SIZES) {
            var image = ImageIO.read(new URL(DescentLabApp.iconResource(size)));
            assertEquals(size, image.getWidth(), "width of the " + size + " px icon");
            assertEquals(size, image.getHeight(), "height of the " + size + " px icon");
            // The middle is the drawn minimum, not the transparent corner.
            assertNotEquals(image.getRGB(0, 0), image.getRGB(size / 2, size / 2));
        }
    }

    @Test
    void theInstallersInputsExist() throws Exception {
        for (String file : new String[] {"icons/descent-lab.png", "icons/descent-lab.ico", "icons/descent-lab.icns",
                "build-installer.sh", "runtime-modules.txt", "launcher-options.txt", "window-launcher.properties",
                "linux/descent-lab-window.desktop", "linux/descent-lab.desktop", "linux/postinst", "linux/prerm",
                "linux/descent-lab-cds.sh"}) {
            var path = Path.of("src/packaging", file);
            assertTrue(Files.isRegularFile(path) && Files.size(path) > 0, path + " exists and is not empty");
        }
        assertEquals(256, ImageIO.read(Path.of("src/packaging/icons/descent-lab.png").toFile()).getWidth());
    }

    @Test
    void everyModuleTheRuntimeListsIsAJdkModule() throws Exception {
        var listed = Files.readAllLines(Path.of("src/packaging/runtime-modules.txt")).stream()
                .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                .map(line -> line.startsWith("-") ? line.substring(1) : line).toList();
        assertTrue(listed.contains("java.base") && listed.contains("java.desktop"), listed.toString());
        for (String module : listed) {
            assertTrue(ModuleFinder.ofSystem().find(module).isPresent(), module + " is not a module of this JDK");
        }
    }
}
