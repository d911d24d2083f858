package dev.taipan.modules;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The {@code json} module against CPython 3.13's results ({@code json.cases}). */
class JsonModuleTest {
    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return CaseFiles.run("json", new JsonModule());
    }
}
