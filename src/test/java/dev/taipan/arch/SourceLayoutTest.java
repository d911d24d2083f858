package dev.taipan.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks the source tree's shape: files stay readable, every package says what it holds. */
class SourceLayoutTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final int MAX_LINES = 1500;

    // Generated files allowed past the limit, each with the generator that writes it.
    private static final Set<String> LONG_FILE_ALLOW_LIST = Set.of(
    );

    @Test
    void noSourceFileIsTooLong() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> content = Files.lines(file)) {
                    lines = content.count();
                }
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (lines > MAX_LINES && !LONG_FILE_ALLOW_LIST.contains(name)) {
                    tooLong.add(name + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), tooLong, "split these files along a seam a reader would name");
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }
}
