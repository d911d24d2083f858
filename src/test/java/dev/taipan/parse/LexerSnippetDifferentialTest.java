package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares Taipan's tokens with CPython 3.13's on small, tricky sources (f-strings, continuation
 * lines, unusual whitespace, literals) that the standard library exercises rarely.
 */
class LexerSnippetDifferentialTest {
    static final List<String> SNIPPETS = List.of(
            "x = f\"a{{b}}c{x!r:>{w}}d{y=}\" f'{x:}' f\"{x:{y}}\" rf\"\\{x}\\N{BULLET}\" f\"\\N{BULLET}{x}\"\n",
            "if x:\n  y = f\"\"\"a\n{x\n}b{{\nc\"\"\"\n  z",
            "f'{x\n}'\n",
            "f'''{x # comment\n}'''\n",
            "f'''{x:a\nb}'''\n",
            "f'{x:{y:{z}}}'\n",
            "f'{x:{y}}}}'\n",
            "f'{a[1:2]}{b:=3}{(c:=4)}{d!=e}'\n",
            "f'{lambda x:1}'\n",
            "f\"{'a' 'b'}{\"c\"}{f'{d}'}\"\n",
            "f'''{\n  x\n  +\n  y\n}'''\n",
            "f'\\{x}\\}}' f'\\N{LATIN SMALL LETTER A}{{' rf'\\N{x}'\n",
            "f'{x=!r:^10}' f'{x = }' f'{ x = !s}'\n",
            "F'a' Rf'b' fR'c' RF'd' Fr'''e'''\n",
            "f'\\\n{x}'\n",
            "f''\n",
            "f'{{}}'\n",
            "f'x{y}z{{w}}'\n",
            "f'é{x}ü{{ö}}'\n",
            "x = 'é' + \"ü\" # ö\ny = x\n",
            "a = (1,\n     2)\nb = [\n\n# c\n]\n",
            "if a:\n\tb\n\tif c:\n\t\td\n\te\n",
            "if a:\n        b\n\f\n        c\n",
            "x = 1 + \\\n    2\n",
            "if a:\n    b\n\n    # c\n\nd\n",
            "  \n# only comments\n\n",
            "",
            "\n",
            "# c",
            "x",
            "x = 1\n    \n",
            "def f():\n    pass\n    ",
            "0 0_0 00 1_000 0x_1f 0o17 0b1_0 1. .5 1e-3 1_0.0_1e1_0 1j 1.5J 1e3j 0.0 1e400 9999999999999999999\n",
            "1if 1else 2\n",
            "x = 0xFFFFFFFFFFFFFFFF + 0o777777777777777777777777 + 0b" + "1".repeat(70) + "\n",
            "b'a\\x41\\101\\n' rb'\\x' Br'q' u'u' '\\N{EM DASH}\\u00e9\\U0001F600\\777'\n",
            "'''a\nb\\\nc''' \"\"\"\"\"\" '''''' ''\n",
            "'a\\\nb'\n",
            "'\\d\\w' '\\\\' '\\'' \"\\\"\"\n",
            "x = 'a'\\\n    'b'\n",
            "ä = 1\nµ = 2\nﬁ = 3\n𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 4\n",
            "a->b; c:=d; e**=f; g//=h; i<<=j; k>>=l; m@=n; o!=p; q<=r; s>=t; u...v\n",
            "match x:\n    case _:\n        type = 1\n",
            "x = [\n  1,\n  2,\n]  # trailing\n",
            "print('\\t', end='')\r\nx = 1\r\n",
            "class A:\n    def f(self):\n        return f'{self!r}'\n\n\nclass B: pass\n",
            "x = f'{a}' f'{b}' 'c'\n",
            "f'{x:%Y-%m-%d %H:%M}'\n",
            "f'{x!r}' f'{x!s:}' f'{x:{\"a\"}}'\n",
            "f\"{'''\n'''}\"\n",
            "f'{x:\\n}'\n",
            "f'{x}\\N{DEGREE SIGN}'\n",
            "async def f():\n    await x\n",
            "x = (\n  f'{a}'\n  f'{b}'\n)\n",
            "if x:\n    pass\n  # comment at odd indent\n",
            "x = 1;\n",
            "\\\nx = 1\n",
            "if x:\n  \\\n  y\n",
            "def f():\n\treturn 1\n",
            "x = '''\\\n'''\n",
            "f'{x!r:é}' '€' if x else 'ü'\n",
            "print(f\"{'\\n'.join(x)}\")\n",
            "x = 1\f+ 2\n",
            "0if 1else 0\n",
            "1_000j 0e0 0. 0j 00.5 0_0.0_0 0E+1_0 1e0J\n",
            "f'{x}' f\"{x}\" f'''{x}''' f\"\"\"{x}\"\"\"\n",
            "f'{x:{y}.{z}f}'\n",
            "f'{\"\\N{BULLET}\"}'\n",
            "f'a\\\\{x}'\n",
            "x = 1\n\n\n\n",
            "'a' 'b'\n'c'\n");

    @Test
    void snippetsMatchCPython() throws Exception {
        Path python = CPython.executable();
        assumeTrue(python != null, CPython.MISSING);
        Path dir = Files.createTempDirectory("lexer-snippets");
        Path script = dir.resolve("tokenize_dump.py");
        try (InputStream in = getClass().getResourceAsStream("tokenize_dump.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (int i = 0; i < SNIPPETS.size(); i++) {
            Path f = dir.resolve("s" + i + ".py");
            Files.writeString(f, SNIPPETS.get(i), StandardCharsets.UTF_8);
            files.put(f, SNIPPETS.get(i));
        }
        Map<String, List<String>> expected = runCPython(python, script, files.keySet());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Path, String> e : files.entrySet()) {
            List<String> want = expected.get(e.getKey().toString());
            List<String> got;
            try {
                got = TokenDump.dump(e.getValue(), "<snippet>");
            } catch (SyntaxErrorException ex) {
                got = List.of("REJECT " + ex.getMessage());
            }
            if (!want.equals(got)) {
                failures.add(e.getValue().replace("\n", "\\n") + "\n  CPython " + want + "\n  Taipan  " + got);
            }
        }
        for (Path f : files.keySet()) {
            Files.delete(f);
        }
        Files.delete(script);
        Files.delete(dir);
        assertEquals(List.of(), failures);
    }

    /** Runs the dump helper on {@code files}; returns each file's token lines (or one REJECT line). */
    static Map<String, List<String>> runCPython(Path python, Path script, Iterable<Path> files) throws Exception {
        Process process = new ProcessBuilder(python.toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        StringBuilder list = new StringBuilder();
        files.forEach(f -> list.append(f).append('\n'));
        process.getOutputStream().write(list.toString().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, List<String>> result = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("FILE ")) {
                current = new ArrayList<>();
                result.put(line.substring(5), current);
            } else if (!line.equals("END") && current != null) {
                current.add(line);
            }
        }
        return result;
    }
}
