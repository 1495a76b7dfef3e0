package org.descentlab.core.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import org.descentlab.core.io.NumpyFileException;
import org.descentlab.core.io.SafeFiles;

/**
 * Scene files ({@code .dlab.json}) on disk. Reading refuses anything that is not a regular file of at most
 * {@link #MAX_BYTES} of UTF-8 text before parsing it; file names inside the scene are relative to its folder.
 */
public final class SceneFile {

    /** The file name ending of scene files. */
    public static final String EXTENSION = ".dlab.json";
    /** Scene files are a few kilobytes; anything far larger is not one. */
    public static final int MAX_BYTES = 1 << 20;

    private SceneFile() {
    }

    /**
     * The scene in {@code file}.
     *
     * @throws SettingException with one message for a student, naming the file (and the field, if one is wrong)
     */
    public static SceneJson.Read read(Path file) {
        String name = file.toString().isEmpty() ? "(no file name)" : file.toString();
        if (file.toString().isEmpty()) {
            throw new SettingException(Problem.of("no scene file name was given"));
        }
        if (Files.isDirectory(file)) {
            throw new SettingException(Problem.of(name + ": is a folder, not a scene file"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new SettingException(Problem.of(name + ": is not a regular file (a device or a pipe?)"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SettingException(Problem.of(name + ": no such file"));
        } catch (IOException e) {
            throw new SettingException(Problem.of(name + ": cannot be read (" + e.getMessage() + ")"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new SettingException(Problem.of(name + ": is larger than 1 MB, far too large for a scene file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SettingException(Problem.of(name + ": not a scene file: it is not text (UTF-8)"));
        }
        return SceneJson.read(text, name);
    }

    /**
     * Writes {@code scene} to {@code file} safely: the old file stays whole if anything fails. File names inside the
     * scene that lie in the scene file's folder (or below) are written relative to it, so that a folder of a scene
     * and its data can be moved or shared as a whole.
     *
     * @throws SettingException naming the file and why it could not be written
     */
    public static void write(Path file, Scene scene) {
        if (!file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION)) {
            throw new SettingException(Problem.of(file + ": a scene file's name must end in " + EXTENSION));
        }
        Scene relative = relativeTo(SceneJson.folderOf(file), scene);
        try {
            SafeFiles.writeAtomically(file, SceneJson.write(relative).getBytes(StandardCharsets.UTF_8));
        } catch (NumpyFileException e) {
            throw new SettingException(Problem.of(e.getMessage()));
        }
    }

    private static Scene relativeTo(Path folder, Scene scene) {
        var n = scene.network();
        if (n == null) {
            return scene;
        }
        var d = n.data();
        var data = d.generated() ? d : d.withFile(relative(folder, d.file()));
        var net = n.network();
        var network = net.initParameters() == null ? net : new NetworkSetup(net.hidden(), net.activation(),
                net.initSeed(), relative(folder, net.initParameters()), net.layers());
        return scene.with(n.withData(data).withNetwork(network));
    }

    private static String relative(Path folder, String name) {
        Path p = Path.of(name).toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : name;
    }
}
