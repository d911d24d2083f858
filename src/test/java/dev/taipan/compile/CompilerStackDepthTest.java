package dev.taipan.compile;

import dev.taipan.code.CodeObject;
import dev.taipan.code.Opcode;
import dev.taipan.code.StackEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-derives the stack depth of finished code objects from the opcode table, independently of the
 * assembler, and checks that every path agrees, that handlers unwind to a depth the protected
 * code reaches, and that the recorded stack size is the maximum.
 */
class CompilerStackDepthTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in d.items()}\nz = (q for q in r)",
        "def f(a, b=1, *c, d, e=2, **g):\n    try:\n        return a\n    finally:\n        print(b)",
        "for x in y:\n    try:\n        if x: break\n        continue\n    except E as e:\n        pass\n    else:\n        pass",
        "with a as b, c as d:\n    for x in y:\n        return_ = x\n        break",
        "def g():\n    with a:\n        return (yield from b)",
        "async def h():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z]",
        "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* TypeError:\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2",
        "match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) | Point(x=yy, y=0): pass\n    case (a, b) as t: pass\n    case _: pass",
        "class C(B, metaclass=M, *bases, **kw):\n    x: int = 1\n    def m(self):\n        self.a = super().m()\n        return __class__",
        "def gen[T: int, *Ts, **P](x: T) -> T: return x\nclass G[T]: pass\ntype Alias[K] = dict[K, int]",
        "a, *b, c = d\nx.y += 1\nx[1:2] -= 3\nx[i] //= 2\ndel x[1:2], y.z, w\nf(*a, k=1, **b)\nprint(f'{x!r:>{w}}')",
        "while True:\n    try:\n        x = 1\n    finally:\n        if x: continue\n        break",
        "import a.b.c as d\nfrom . import (e, f as g)\nfrom m import *\nassert x, 'msg'\nraise E from F",
        "x = a if b and not c or d else e < f < g",
    })
    void depthsAgreeWithTheOpcodeTable(String source) {
        check(Compiler.compile(source + "\n", "<t>", Compiler.Mode.EXEC));
    }

    @Test
    void aWrongEffectIsAnAssertionError() {
        Assembler asm = new Assembler();
        asm.emit(Opcode.POP_TOP, 0);
        asm.emit(Opcode.RETURN_CONST, 0);
        assertThrows(AssertionError.class, () -> asm.assemble("bad", i -> i));
    }

    @Test
    void mismatchedJoinIsAnAssertionError() {
        Assembler asm = new Assembler();
        Assembler.Label l = new Assembler.Label();
        asm.emit(Opcode.LOAD_CONST, 0);
        asm.emitJump(Opcode.POP_JUMP_IF_TRUE, l);
        asm.emit(Opcode.LOAD_CONST, 0);
        asm.bind(l);
        asm.emit(Opcode.RETURN_CONST, 0);
        // Both paths reach l at depth 0 and 1: a compiler bug.
        assertThrows(AssertionError.class, () -> asm.assemble("bad", i -> i));
    }

    static void check(CodeObject code) {
        int[] words = code.code();
        int n = words.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int max = 0;
        int[] table = code.exceptionTable();
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int i = item[0];
            int d = item[1];
            while (i < n) {
                if (depth[i] >= 0) {
                    assertEquals(depth[i], d, code.qualname() + ": depth at " + i);
                    break;
                }
                depth[i] = d;
                int h = code.handlerFor(i);
                if (h >= 0) {
                    assertTrue(table[h + 3] <= d, code.qualname() + ": handler depth above stack at " + i);
                    work.push(new int[] {table[h + 2], table[h + 3] + table[h + 4] + 1});
                    max = Math.max(max, table[h + 3] + table[h + 4] + 1);
                }
                int op = Opcode.opcode(words[i]);
                int arg = Opcode.arg(words[i]);
                assertTrue(StackEffect.inputs(op, arg) <= d, code.qualname() + ": underflow at " + i);
                if (Opcode.info(op).jump()) {
                    work.push(new int[] {arg, d + StackEffect.branchEffect(op, arg)});
                    max = Math.max(max, d + StackEffect.branchEffect(op, arg));
                }
                d += StackEffect.effect(op, arg);
                max = Math.max(max, d);
                if (op == Opcode.JUMP || op == Opcode.RETURN_VALUE || op == Opcode.RETURN_CONST
                        || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE) {
                    break;
                }
                i++;
                assertTrue(i < n, code.qualname() + ": falls off the end");
            }
        }
        assertEquals(code.stackSize(), max, code.qualname() + ": stack size");
        for (CodeObject nested : code.nestedCode()) {
            check(nested);
        }
    }
}
