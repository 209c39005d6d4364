package plenary.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies of a good archive with one thing wrong, as a disk, a transfer or a person might damage it. */
final class ArchiveDamage {

    private ArchiveDamage() {}

    /** The archive with the first byte of one entry changed, and its manifest as it was. */
    static Path changeOneByte(Path archive, String entry, Path folder) throws IOException {
        return rewrite(archive, folder, name -> name, (name, content) -> {
            if (name.equals(entry)) {
                content[0] = (byte) (content[0] == '{' ? '[' : '{');
            }
            return content;
        });
    }

    /** The archive without one entry. */
    static Path without(Path archive, String entry, Path folder) throws IOException {
        return rewrite(archive, folder, name -> name.equals(entry) ? null : name, (name, content) -> content);
    }

    /** The archive with a manifest that says another schema version. */
    static Path atSchemaVersion(Path archive, String version, Path folder) throws IOException {
        return rewrite(
                archive,
                folder,
                name -> name,
                (name, content) -> name.equals(Manifest.NAME)
                        ? new String(content, StandardCharsets.UTF_8)
                                .replaceFirst(
                                        "\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"" + version + "\"")
                                .getBytes(StandardCharsets.UTF_8)
                        : content);
    }

    /**
     * The archive with one entry's text changed and its checksum in the manifest made to match: damage no
     * checksum sees, which only the database's own rules can refuse.
     */
    static Path rewritten(Path archive, String entry, UnaryOperator<String> text, Path folder) throws IOException {
        Path changed = rewrite(
                archive,
                folder,
                name -> name,
                (name, content) -> name.equals(entry)
                        ? text.apply(new String(content, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8)
                        : content);
        byte[] content;
        try (ZipFile zip = new ZipFile(changed.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            content = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(ArchiveWriter.sha256().digest(content));
        return rewrite(changed, folder, name -> name, (name, manifest) -> {
            if (!name.equals(Manifest.NAME)) {
                return manifest;
            }
            Manifest read = ArchiveJson.MAPPER.readValue(manifest, Manifest.class);
            List<Manifest.Entry> entries = read.entries().stream()
                    .map(e -> e.name().equals(entry) ? new Manifest.Entry(e.name(), content.length, sha256) : e)
                    .toList();
            return ArchiveJson.MAPPER.writeValueAsBytes(new Manifest(
                    read.format(),
                    read.formatVersion(),
                    read.plenaryVersion(),
                    read.schemaVersion(),
                    read.createdAt(),
                    read.database(),
                    read.tables(),
                    entries));
        });
    }

    private interface Change {
        byte[] apply(String name, byte[] content);
    }

    private static Path rewrite(Path archive, Path folder, UnaryOperator<String> keep, Change change)
            throws IOException {
        Path copy = Files.createTempFile(folder, "damaged-", ".zip");
        try (ZipFile zip = new ZipFile(archive.toFile());
                OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (keep.apply(entry.getName()) == null) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(change.apply(entry.getName(), content));
                target.closeEntry();
            }
        }
        return copy;
    }
}
