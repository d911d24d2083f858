package dev.taipan.compile;

import dev.taipan.code.CodeObject;
import dev.taipan.code.Disassembler;
import dev.taipan.code.FrozenSetConstant;
import dev.taipan.code.Opcode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden instruction listings for representative constructs, written by hand after comparing
 * with {@code python3.13 -m dis} (CPython's superinstructions, END_FOR and the LOAD_GLOBAL
 * NULL bit are spelled out in Taipan's table).
 */
class CompilerDisTest {
    private static CodeObject compile(String src) {
        return Compiler.compile(src, "<t>", Compiler.Mode.EXEC);
    }

    private static String ops(CodeObject code) {
        List<String> out = new ArrayList<>();
        for (int w : code.code()) {
            out.add(Opcode.name(Opcode.opcode(w)) + " " + Opcode.arg(w));
        }
        return String.join("\n", out);
    }

    private static CodeObject nested(CodeObject code, int i) {
        return code.nestedCode().get(i);
    }

    @Test
    void methodCallAndKeywords() {
        assertEquals("""
                RESUME 0
                LOAD_NAME 0
                LOAD_METHOD 1
                LOAD_CONST 0
                LOAD_CONST 1
                LOAD_CONST 2
                CALL_KW 2
                POP_TOP 0
                RETURN_CONST 3""", ops(compile("o.m(1, k=2)\n")));
    }

    @Test
    void chainedComparison() {
        assertEquals("""
                RESUME 0
                LOAD_NAME 0
                LOAD_NAME 1
                SWAP 2
                COPY 2
                COMPARE_OP 0
                COPY 1
                TO_BOOL 0
                POP_JUMP_IF_FALSE 13
                POP_TOP 0
                LOAD_NAME 2
                COMPARE_OP 0
                JUMP 15
                SWAP 2
                POP_TOP 0
                STORE_NAME 3
                RETURN_CONST 0""", ops(compile("r = a < b < c\n")));
    }

    @Test
    void closureCellsAndFreeVariables() {
        CodeObject f = nested(compile("def f(a):\n    def g():\n        return a\n    return g\n"), 0);
        assertEquals("""
                MAKE_CELL 0
                RESUME 0
                LOAD_CLOSURE 0
                BUILD_TUPLE 1
                LOAD_CONST 0
                MAKE_FUNCTION 0
                SET_FUNCTION_ATTRIBUTE 8
                STORE_FAST 1
                LOAD_FAST 1
                RETURN_VALUE 0""", ops(f));
        CodeObject g = nested(f, 0);
        assertEquals("f.<locals>.g", g.qualname());
        assertEquals("COPY_FREE_VARS 1\nRESUME 0\nLOAD_DEREF 0\nRETURN_VALUE 0", ops(g));
    }

    @Test
    void generatorHasPep479Handler() {
        CodeObject g = nested(compile("def g():\n    yield 1\n"), 0);
        assertEquals("""
                RETURN_GENERATOR 0
                POP_TOP 0
                RESUME 0
                LOAD_CONST 0
                YIELD_VALUE 0
                RESUME 1
                POP_TOP 0
                RETURN_CONST 1
                CALL_INTRINSIC_1 3
                RERAISE 1""", ops(g));
        assertEquals("[2, 8, 8, 0, 1]", Arrays.toString(g.exceptionTable()));
    }

    @Test
    void inlinedListComprehension() {
        assertEquals("""
                RESUME 0
                LOAD_NAME 0
                GET_ITER 0
                LOAD_FAST_AND_CLEAR 0
                SWAP 2
                BUILD_LIST 0
                SWAP 2
                FOR_ITER 12
                STORE_FAST 0
                LOAD_FAST 0
                LIST_APPEND 2
                JUMP 7
                JUMP 18
                SWAP 2
                POP_TOP 0
                SWAP 2
                STORE_FAST 0
                RERAISE 0
                SWAP 2
                STORE_FAST 0
                STORE_NAME 1
                RETURN_CONST 0""", ops(compile("x = [i for i in y]\n")));
    }

    @Test
    void tryFinallyExceptionTable() {
        CodeObject code = compile("try:\n    a()\nfinally:\n    b()\n");
        assertEquals("""
                RESUME 0
                LOAD_NAME 0
                PUSH_NULL 0
                CALL 0
                POP_TOP 0
                LOAD_NAME 1
                PUSH_NULL 0
                CALL 0
                POP_TOP 0
                JUMP 19
                PUSH_EXC_INFO 0
                LOAD_NAME 1
                PUSH_NULL 0
                CALL 0
                POP_TOP 0
                RERAISE 0
                COPY 3
                POP_EXCEPT 0
                RERAISE 1
                RETURN_CONST 0""", ops(code));
        assertEquals("[1, 5, 10, 0, 0, 10, 16, 16, 1, 1]", Arrays.toString(code.exceptionTable()));
    }

    @Test
    void constantSetDisplayFoldsToAFrozenset() {
        CodeObject code = compile("a = {3, 1, 2}\nb = {1, 2, 3}\nc = {x, 1, 2}\n");
        assertEquals("""
                RESUME 0
                BUILD_SET 0
                LOAD_CONST 0
                SET_UPDATE 1
                STORE_NAME 0
                BUILD_SET 0
                LOAD_CONST 0
                SET_UPDATE 1
                STORE_NAME 1
                LOAD_NAME 2
                LOAD_CONST 1
                LOAD_CONST 2
                BUILD_SET 3
                STORE_NAME 3
                RETURN_CONST 3""", ops(code));
        // Equal frozensets are one constant, in the order first written, as CPython merges them.
        assertEquals(new FrozenSetConstant(List.of(3L, 1L, 2L)), code.consts()[0]);
        String dis = Disassembler.disassemble(code);
        assertTrue(dis.contains("(frozenset({3, 1, 2}))"), dis);
    }
}
