package dev.taipan.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the CPython 3.13 oracle for differential tests: the system property {@code taipan.python313}
 * or the environment variable {@code TAIPAN_PYTHON313}.
 */
final class CPython {
    private CPython() {
    }

    /** The path of the python3.13 executable, or {@code null} when none is configured. */
    static Path executable() {
        String path = System.getProperty("taipan.python313");
        if (path == null || path.isBlank()) {
            path = System.getenv("TAIPAN_PYTHON313");
        }
        if (path == null || path.isBlank()) {
            return null;
        }
        Path p = Path.of(path);
        return Files.isExecutable(p) ? p : null;
    }

    /** A message for skipped tests. */
    static final String MISSING = "CPython 3.13 not configured: set -Dtaipan.python313=... or TAIPAN_PYTHON313";
}
