package dev.taipan.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where module source comes from: files on disk, or the modules bundled in Taipan's jar, which
 * live under the {@code sys.path} entry {@value #BUNDLED} (resources under {@code dev/taipan/lib}).
 */
final class Sources {
    /** The {@code sys.path} entry of the bundled pure-Python standard library. */
    static final String BUNDLED = "<taipan>/lib";
    private static final String RESOURCE_ROOT = "/dev/taipan/lib";

    private Sources() {
    }

    /** Whether {@code dir}/{@code name} exists as a file. */
    static boolean isFile(String dir, String name) {
        if (dir.startsWith(BUNDLED)) {
            return Sources.class.getResource(resource(dir, name)) != null;
        }
        return Files.isRegularFile(Path.of(dir.isEmpty() ? "." : dir).resolve(name));
    }

    /** The path of {@code name} inside {@code dir}, as {@code __file__} shows it. */
    static String join(String dir, String name) {
        if (dir.startsWith(BUNDLED)) {
            return dir + "/" + name;
        }
        return Path.of(dir.isEmpty() ? "." : dir).resolve(name).toString();
    }

    /** The bytes of a source file, bundled or on disk. */
    static byte[] read(String file) throws IOException {
        if (file.startsWith(BUNDLED)) {
            try (InputStream in = Sources.class.getResourceAsStream(RESOURCE_ROOT + file.substring(BUNDLED.length()))) {
                if (in == null) {
                    throw new java.nio.file.NoSuchFileException(file);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(file));
    }

    private static String resource(String dir, String name) {
        return RESOURCE_ROOT + dir.substring(BUNDLED.length()) + "/" + name;
    }
}
