package org.descentlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: core and session know nothing of JavaFX, JFreeChart, the UI or the command line. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/descentlab");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void coreImportsNeitherJavaFxNorJFreeChartNorUpperLayers() throws IOException {
        assertNoImports(MAIN.resolve("core"), "javafx.", "org.jfree.", "java.awt.", "javax.swing.", "picocli.",
                "org.descentlab.ui", "org.descentlab.cli", "org.descentlab.session");
    }

    @Test
    void sessionImportsNeitherJavaFxNorJFreeChartNorUi() throws IOException {
        assertNoImports(MAIN.resolve("session"), "javafx.", "org.jfree.", "org.descentlab.ui", "org.descentlab.cli");
    }

    @Test
    void theCheckSeesTheCoreSources() throws IOException {
        assertTrue(javaFiles(MAIN.resolve("core")).size() > 20, "run from the project folder");
    }

    private static void assertNoImports(Path root, String... forbidden) throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            var matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                for (String prefix : forbidden) {
                    if (matcher.group(2).startsWith(prefix)) {
                        offences.add(file + " imports " + matcher.group(2));
                    }
                }
            }
        }
        assertTrue(offences.isEmpty(), String.join("\n", offences));
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
