package org.descentlab.core.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The hidden temporary files a save writes before renaming one over its target: their names, their permissions, and
 * tidying up after saves that were killed.
 *
 * <p>A save of {@code NAME} writes {@code .NAME.HEX.tmp}, where {@code HEX} is 1 to 16 lowercase hex digits. A save
 * killed before its rename (power cut, {@code kill -9}) leaves that file behind; the next successful save of the same
 * target removes those of its own pattern that have not changed for {@link #STALE_AFTER}. Younger ones may belong to
 * a save still running in another process, and files of any other pattern are never touched.
 */
final class TemporaryFiles {

    /** Our saves take seconds; a temporary unchanged for this long belongs to none still running. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final String SUFFIX = ".tmp";
    private static final int MAX_HEX_DIGITS = 16;

    private TemporaryFiles() {
    }

    /** A fresh temporary name for a save of {@code target}. */
    static String name(String target, RandomGenerator random) {
        return "." + target + "." + Long.toHexString(random.nextLong()) + SUFFIX;
    }

    /** Whether {@code candidate} is a name {@link #name} gives for {@code target}. */
    static boolean isTemporaryOf(String candidate, String target) {
        String prefix = "." + target + ".";
        if (!candidate.startsWith(prefix) || !candidate.endsWith(SUFFIX)) {
            return false;
        }
        String hex = candidate.substring(prefix.length(), candidate.length() - SUFFIX.length());
        // No dot in the middle: ".a.b.1f.tmp" is a temporary of "a.b", never of "a".
        return !hex.isEmpty() && hex.length() <= MAX_HEX_DIGITS && hex.chars().allMatch(TemporaryFiles::isHexDigit);
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /**
     * Gives {@code temporary} the permissions of the file it will replace, so that a private file stays private; a
     * new file keeps the folder's usual ones. Skipped where the file system has no POSIX permissions.
     */
    static void copyPermissions(Path target, Path temporary) throws IOException {
        var from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        var to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(target)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    /** Removes the stale temporaries of {@code target} in {@code folder}; see the class comment. */
    static void removeStale(Path folder, String target) {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        DirectoryStream.Filter<Path> ours = path -> isTemporaryOf(path.getFileName().toString(), target);
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ours)) {
            for (Path candidate : candidates) {
                removeIfStale(candidate, cutoff);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Tidying is a courtesy: the save itself has succeeded and must not be reported as failed.
        }
    }

    private static void removeIfStale(Path candidate, Instant cutoff) {
        try {
            var attributes = Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // Only regular files: a link or a folder of that name was not made by a save.
            if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(candidate);
            }
        } catch (IOException e) {
            // Left for a later save to try again; see removeStale.
        }
    }
}
