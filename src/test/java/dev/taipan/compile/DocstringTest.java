package dev.taipan.compile;

import dev.taipan.code.CodeObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Docstrings are stored cleaned, as CPython 3.13's compiler does (outputs checked with CPython). */
class DocstringTest {
    @Test
    void cleanDocStripsCommonIndentation() {
        assertEquals("First line.\n\nMore text.", Compiler.cleanDoc("First line.\n\n    More text."));
        assertEquals("Mod.\n  indented\nless", Compiler.cleanDoc("Mod.\n    indented\n  less"));
        assertEquals("Class doc.\n    more\nend\n", Compiler.cleanDoc("  Class doc.\n        more\n    end\n    "));
        assertEquals("\n    tab line\nx   \n", Compiler.cleanDoc("\n\ttab line\n    x   \n    "));
        assertEquals("only  ", Compiler.cleanDoc("   only  "));
        assertEquals("a\n\n    b\nc", Compiler.cleanDoc("a\n\n       b\n   c"));
    }

    @Test
    void functionClassAndModuleDocstringsAreCleaned() {
        CodeObject module = Compiler.compile("""
                '''Mod.
                    body'''
                def f():
                    '''Doc.

                    Body.'''
                """, "<t>", Compiler.Mode.EXEC);
        assertEquals("Mod.\nbody", module.docstring());
        assertEquals("Doc.\n\nBody.", module.nestedCode().get(0).docstring());
    }
}
