package plenary.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import plenary.backup.Manifest.Entry;

/**
 * The stored files of a restore: unpacked first beside their folder, and moved into place only once the
 * database has taken the rows, so that a refused restore leaves no file behind.
 */
final class StoredFiles {

    static final String PREFIX = "files/";

    private StoredFiles() {}

    static void requireEmpty(@Nullable Path files) {
        if (files == null || !Files.isDirectory(files)) {
            return;
        }
        try (Stream<Path> content = Files.list(files)) {
            if (content.findAny().isPresent()) {
                throw new RestoreRefused("The folder of stored files " + files + " is not empty: restore only into a "
                        + "new instance.");
            }
        } catch (IOException e) {
            throw new RestoreRefused("Cannot read the folder of stored files " + files + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks the archive's files into a new folder beside {@code files}; none (null) when the archive has none or
     * there is no folder of stored files.
     */
    static @Nullable Path unpack(Archive archive, @Nullable Path files) throws IOException {
        if (files == null
                || archive.manifest().entries().stream().noneMatch(e -> e.name().startsWith(PREFIX))) {
            return null;
        }
        Path parent = files.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path unpacked = Files.createTempDirectory(parent, "files-restoring-");
        for (Entry entry : archive.manifest().entries()) {
            if (!entry.name().startsWith(PREFIX)) {
                continue;
            }
            Path target =
                    unpacked.resolve(entry.name().substring(PREFIX.length())).normalize();
            if (!target.startsWith(unpacked)) {
                throw new RestoreRefused("The backup names a file outside its folder: " + entry.name());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = archive.content(entry.name())) {
                Files.copy(in, target);
            }
        }
        return unpacked;
    }

    static void moveIntoPlace(@Nullable Path unpacked, @Nullable Path files) throws IOException {
        if (unpacked == null || files == null) {
            return;
        }
        Files.deleteIfExists(files);
        Files.move(unpacked, files);
    }

    static void discard(@Nullable Path unpacked) {
        if (unpacked == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(unpacked)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the refusal it came with matters more.
        }
    }
}
