package plenary.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import plenary.backup.Manifest.Entry;

/**
 * An archive opened for restore, checked whole before anything is written: it must be a ZIP with a manifest
 * of this format, hold exactly the entries its manifest lists, and each must match its checksum.
 */
final class Archive implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private Archive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static Archive open(Path path) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new RestoreRefused(path + " is not a ZIP archive, so not a Plenary backup.", e);
        } catch (IOException e) {
            throw new RestoreRefused("Cannot read the backup " + path + ": " + e.getMessage(), e);
        }
        try {
            Archive archive = new Archive(zip, manifest(zip, path));
            archive.verify();
            return archive;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** The entry's lines, read as they are needed. */
    BufferedReader lines(String name) throws IOException {
        return new BufferedReader(
                new InputStreamReader(zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8));
    }

    InputStream content(String name) throws IOException {
        return zip.getInputStream(zip.getEntry(name));
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static Manifest manifest(ZipFile zip, Path path) {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) {
            throw new RestoreRefused(path + " has no " + Manifest.NAME + ": it is not a Plenary backup, or its writing "
                    + "was cut short.");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = ArchiveJson.MAPPER.readValue(in, Manifest.class);
        } catch (IOException | RuntimeException e) {
            throw new RestoreRefused("The manifest of " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new RestoreRefused(path + " is a backup of format " + manifest.format() + " "
                    + manifest.formatVersion() + "; this Plenary reads " + Manifest.FORMAT + " "
                    + Manifest.FORMAT_VERSION
                    + ".");
        }
        return manifest;
    }

    private void verify() {
        Set<String> present = Collections.list(zip.entries()).stream()
                .map(ZipEntry::getName)
                .filter(n -> !n.equals(Manifest.NAME) && !n.endsWith("/"))
                .collect(Collectors.toCollection(TreeSet::new));
        for (Entry entry : manifest.entries()) {
            if (!present.remove(entry.name())) {
                throw new RestoreRefused("The backup is damaged: its manifest lists " + entry.name()
                        + ", which the archive does not hold.");
            }
            if (!entry.sha256().equals(sha256(entry.name()))) {
                throw new RestoreRefused("The backup is damaged: " + entry.name() + " does not match the SHA-256 "
                        + "its manifest gives.");
            }
        }
        if (!present.isEmpty()) {
            throw new RestoreRefused("The backup holds entries its manifest does not list, so it was changed after "
                    + "it was written: " + present);
        }
    }

    private String sha256(String name) {
        MessageDigest digest = ArchiveWriter.sha256();
        byte[] buffer = new byte[8192];
        try (InputStream in = content(name)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new RestoreRefused("The backup is damaged: " + name + " cannot be read (" + e.getMessage() + ").", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Only read from: closing cannot lose anything.
        }
    }
}
