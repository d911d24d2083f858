package dev.taipan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The lists of scripts known not to pass yet, one path a line, {@code #} starting a comment. */
final class ExpectedFailures {
    private static final Pattern JAVA_FRAME = Pattern.compile("\\bat [a-z][\\w.$]*\\(.*\\.java:\\d+\\)");

    private ExpectedFailures() {
    }

    static Set<String> load(String resource) throws IOException {
        try (InputStream in = ExpectedFailures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty())
                    .collect(Collectors.toSet());
        }
    }

    /** Whether text holds a Java stack frame, which must never reach a user. */
    static boolean hasJavaStackTrace(String stderr) {
        return JAVA_FRAME.matcher(stderr).find();
    }
}
