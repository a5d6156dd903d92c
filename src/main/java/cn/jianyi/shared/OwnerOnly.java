package cn.jianyi.shared;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files that only the account running Jianyi may read (the database, its password, signing keys,
 * seals): folders 0700, files 0600, set when created (not after) on a POSIX file system. Elsewhere nothing is
 * changed (ADR 0037).
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and missing parents) owner-only, or makes an existing one owner-only; returns it. */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            restrict(absolute, FOLDER);
            return folder;
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            folder(absolute.getParent());
        }
        try {
            if (isPosix(absolute.getParent())) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                restrict(absolute, FOLDER);                    // the umask may have taken bits away, never added
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            restrict(absolute, FOLDER);
        }
        return folder;
    }

    /** Writes the file, created owner-only before any byte is written (an existing one is made so first). */
    public static void write(Path file, byte[] content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.exists(file)) {
            restrict(file, FILE);
        } else if (isPosix(parent)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.write(file, content);
    }

    /** Makes a folder and everything under it owner-only (folders 0700, files 0600), if it exists. */
    public static void tighten(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                restrict(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (isPosix(path) && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean isPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
