package dev.taipan.jsr223;

import java.util.List;
import java.util.stream.Collectors;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Describes Taipan to {@code javax.script} and makes its engines. It is registered in
 * {@code META-INF/services/javax.script.ScriptEngineFactory}, so
 * {@code new ScriptEngineManager().getEngineByName("python")} (or {@code "python3"}, {@code "py"},
 * {@code "taipan"}), {@code getEngineByExtension("py")} and {@code getEngineByMimeType} with
 * {@code text/x-python} and its kin find it. Engines are independent: each has its own
 * interpreter. One engine may be used by many threads at once ({@code THREADING} is
 * {@code MULTITHREADED}).
 */
public final class TaipanScriptEngineFactory implements ScriptEngineFactory {
    private static final String ENGINE_NAME = "Taipan";
    private static final String LANGUAGE = "python";
    private static final String LANGUAGE_VERSION = "3.13";
    private static final String FALLBACK_VERSION = "0.1.0";
    private static final List<String> NAMES = List.of("python", "python3", "py", "taipan");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES =
            List.of("text/x-python", "application/x-python", "text/python", "application/python");

    /** Makes the factory; {@code ServiceLoader} calls this. */
    public TaipanScriptEngineFactory() {
    }

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    /** The version in the jar's manifest, or {@value #FALLBACK_VERSION} where there is none. */
    @Override
    public String getEngineVersion() {
        String v = TaipanScriptEngineFactory.class.getPackage().getImplementationVersion();
        return v != null ? v : FALLBACK_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    /**
     * Answers the standard keys of {@link ScriptEngine} ({@code ENGINE}, {@code ENGINE_VERSION},
     * {@code LANGUAGE}, {@code LANGUAGE_VERSION}, {@code NAME}) and {@code "THREADING"}, which is
     * {@code "MULTITHREADED"}: an engine may be used by several threads at once, and a script's
     * effects are visible to the others. Other keys answer null.
     */
    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case ScriptEngine.NAME -> NAMES.getFirst();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    /** Returns {@code obj.m(arg1, arg2)}. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** Returns a {@code print} call of the text as a Python string literal, escaped as {@code repr} does. */
    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + dev.taipan.objects.PyStr.repr(toDisplay) + ")";
    }

    /** Returns the statements one per line. */
    @Override
    public String getProgram(String... statements) {
        return java.util.Arrays.stream(statements).map(s -> s + "\n").collect(Collectors.joining());
    }

    /** Makes a new engine with its own interpreter (made when first used). */
    @Override
    public ScriptEngine getScriptEngine() {
        return new TaipanScriptEngine(this);
    }
}
