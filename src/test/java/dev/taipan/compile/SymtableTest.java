package dev.taipan.compile;

import dev.taipan.ast.ClassDef;
import dev.taipan.ast.FunctionDef;
import dev.taipan.ast.ListComp;
import dev.taipan.ast.Mod;
import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.TypeVar;
import dev.taipan.parse.SyntaxErrorException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.taipan.compile.Resolution.CELL;
import static dev.taipan.compile.Resolution.FREE;
import static dev.taipan.compile.Resolution.GLOBAL_EXPLICIT;
import static dev.taipan.compile.Resolution.GLOBAL_IMPLICIT;
import static dev.taipan.compile.Resolution.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One test per scoping rule and per compile-time error of the symbol table. Every case is also
 * run through CPython 3.13 when it is configured: the whole table must dump the same, and an error
 * must carry the same message and position, so a wrong expectation cannot hide here.
 */
class SymtableTest {

    // ---- helpers ----

    private static Mod parse(String source) throws Exception {
        assumeTrue(!CPython313.cpythonTrees() || CPython313.executable().isPresent(),
                "neither Taipan's parser nor python3.13 is available");
        return CPython313.parse(source);
    }

    /** Builds the table, checking it against CPython's when available. */
    private static Symtable table(String source) throws Exception {
        Mod mod = parse(source);
        Symtable table = Symtable.build(mod, "f", source);
        if (CPython313.executable().isPresent()) {
            CPython313.Dump expected = CPython313.dumpSource(CPython313.executable().get(), source);
            assertEquals(expected.sym(), SymtableDump.dump(table), "differs from CPython for:\n" + source);
        }
        return table;
    }

    /** Finds a scope by the path of names from the module, e.g. {@code "f", "g"}. */
    private static Scope scope(Symtable table, String... path) {
        Scope s = table.top();
        for (String name : path) {
            Scope found = null;
            for (Scope child : s.children()) {
                if (child.name().equals(name)) {
                    found = child;
                    break;
                }
            }
            if (found == null) {
                throw new AssertionError("no scope " + name + " in " + s);
            }
            s = found;
        }
        return s;
    }

    private static void assertError(String source, String message, int lineno, int offset, int endLineno,
                                    int endOffset) throws Exception {
        Mod mod = parse(source);
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Symtable.build(mod, "f", source));
        String actual = e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|" + e.endOffset();
        assertEquals(message + "|" + lineno + "|" + offset + "|" + endLineno + "|" + endOffset, actual);
        if (CPython313.executable().isPresent()) {
            CPython313.Dump expected = CPython313.dumpSource(CPython313.executable().get(), source);
            assertEquals("error: " + actual + "\n", expected.sym(), "CPython disagrees for:\n" + source);
        }
    }

    // ---- resolution rules ----

    @Test
    void moduleNamesAreLocalAndUnboundOnesGlobal() throws Exception {
        Symtable t = table("import os.path\nx = 1\nprint(x)\n");
        Scope top = t.top();
        assertEquals(ScopeKind.MODULE, top.kind());
        assertEquals("top", top.name());
        assertEquals(LOCAL, top.scopeOf("x"));
        assertEquals(LOCAL, top.scopeOf("os"));
        assertTrue(top.symbol("os").isImported());
        assertEquals(GLOBAL_IMPLICIT, top.scopeOf("print"));
        assertEquals(Resolution.NONE, top.scopeOf("nothing"));
    }

    @Test
    void parametersComeFirstInOrder() throws Exception {
        Symtable t = table("def f(a, /, b, *c, d, e=1, **g):\n    h = 1\n    return a\n");
        Scope f = scope(t, "f");
        assertEquals(List.of("a", "b", "d", "e", "c", "g"), f.parameterNames());
        assertEquals(List.of("a", "b", "d", "e", "c", "g", "h"), f.localNames());
        assertTrue(f.hasVarargs());
        assertTrue(f.hasVarkeywords());
        assertTrue(f.returnsValue());
        assertTrue(f.symbol("a").isParameter());
    }

    @Test
    void closuresMakeCellsAndFreeVariables() throws Exception {
        Symtable t = table("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n"
                + "        return h\n    return g\n");
        assertEquals(CELL, scope(t, "f").scopeOf("x"));
        assertEquals(List.of("x"), scope(t, "f").cellNames());
        // g passes x through to h, so it is free in both.
        assertEquals(FREE, scope(t, "f", "g").scopeOf("x"));
        assertEquals(FREE, scope(t, "f", "g", "h").scopeOf("x"));
        assertEquals(List.of("x"), scope(t, "f", "g", "h").freeNames());
        assertTrue(scope(t, "f", "g").isNested());
    }

    @Test
    void globalAndNonlocalDeclarations() throws Exception {
        Symtable t = table("def f():\n    global g\n    g = 1\n    y = 2\n    def h():\n        nonlocal y\n"
                + "        y = 3\n");
        assertEquals(GLOBAL_EXPLICIT, scope(t, "f").scopeOf("g"));
        assertTrue(t.top().symbol("g").flags() != 0, "global marks the module's table too");
        assertEquals(FREE, scope(t, "f", "h").scopeOf("y"));
        assertTrue(scope(t, "f", "h").symbol("y").isNonlocal());
        assertEquals(CELL, scope(t, "f").scopeOf("y"));
    }

    @Test
    void classBodyNamesAreNotVisibleToMethods() throws Exception {
        Symtable t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        y = 3\n"
                + "        def m(self):\n            return x, y\n    return C\n");
        Scope m = scope(t, "f", "C", "m");
        assertEquals(FREE, m.scopeOf("x"));
        assertEquals(GLOBAL_IMPLICIT, m.scopeOf("y"));
        Scope c = scope(t, "f", "C");
        assertEquals(LOCAL, c.scopeOf("x"));
        assertTrue(c.symbol("x").isFreeClass(), "the class forwards the outer x to its method");
        assertEquals(List.of("x"), c.freeNames());
    }

    @Test
    void superAndDunderClassNeedTheClassCell() throws Exception {
        Symtable t = table("class A:\n    def m(self):\n        return super().m()\n"
                + "class B:\n    def m(self):\n        return __class__\nclass C:\n    def m(self):\n        pass\n");
        assertTrue(scope(t, "A").needsClassClosure());
        assertEquals(FREE, scope(t, "A", "m").scopeOf("__class__"));
        assertEquals(List.of("__class__"), scope(t, "A").cellNames());
        assertTrue(scope(t, "B").needsClassClosure());
        assertFalse(scope(t, "C").needsClassClosure());
    }

    @Test
    void privateNamesAreMangled() throws Exception {
        assertEquals("_C__x", Symtable.mangle("C", "__x"));
        assertEquals("_C__x", Symtable.mangle("__C", "__x"));
        assertEquals("__x__", Symtable.mangle("C", "__x__"));
        assertEquals("__x", Symtable.mangle("___", "__x"));
        assertEquals("_x", Symtable.mangle("C", "_x"));
        assertEquals("__a.b", Symtable.mangle("C", "__a.b"));
        assertEquals("__x", Symtable.mangle(null, "__x"));
        Symtable t = table("class C:\n    __a = 1\n    def __m(self, __p):\n        return self.__a, __g\n"
                + "    class __D:\n        pass\n");
        Scope c = scope(t, "C");
        assertEquals(LOCAL, c.scopeOf("_C__a"));
        assertEquals(LOCAL, c.scopeOf("_C__m"));
        assertEquals(LOCAL, c.scopeOf("_C__D"));
        Scope m = scope(t, "C", "__m");
        assertEquals(List.of("self", "_C__p"), m.parameterNames());
        assertEquals(GLOBAL_IMPLICIT, m.scopeOf("_C__g"));
        assertEquals("_C__z", m.mangle("__z"));
    }

    @Test
    void listComprehensionsAreInlined() throws Exception {
        Module mod = (Module) parse("def f(a):\n    return [x for x in a if x]\n");
        Symtable t = Symtable.build(mod, "f", null);
        Scope f = t.scopeOf(mod.body().get(0));
        assertEquals(List.of(), f.children(), "inlined comprehensions leave the children list");
        assertEquals(LOCAL, f.scopeOf("x"));
        assertTrue(f.symbol("x").isComprehensionIterationVariable());
        ListComp comp = (ListComp) ((dev.taipan.ast.Return) ((FunctionDef) mod.body().get(0)).body().get(0)).value();
        Scope c = t.scopeOf(comp);
        assertTrue(c.isInlinedComprehension());
        assertEquals(ComprehensionKind.LIST, c.comprehension());
        assertEquals(List.of(".0"), c.parameterNames());
        assertSame(f, c.parent());
        table("def f(a):\n    return [x for x in a if x]\n");
    }

    @Test
    void generatorExpressionsKeepTheirScope() throws Exception {
        Symtable t = table("def f(a):\n    y = 1\n    return (x + y for x in a)\n");
        Scope g = scope(t, "f", "genexpr");
        assertTrue(g.isGenerator());
        assertFalse(g.isInlinedComprehension());
        assertEquals(FREE, g.scopeOf("y"));
        assertEquals(CELL, scope(t, "f").scopeOf("y"));
    }

    @Test
    void comprehensionCellsBecomeCellsOfTheParent() throws Exception {
        Symtable t = table("def f(a):\n    return [lambda: x for x in a]\n");
        Scope f = scope(t, "f");
        assertEquals(CELL, f.scopeOf("x"));
        assertEquals(List.of("x"), f.cellNames());
        assertEquals(FREE, scope(t, "f", "lambda").scopeOf("x"));
    }

    @Test
    void comprehensionsInClassesAreInlinedToo() throws Exception {
        table("class C:\n    xs = [1]\n    ys = [x for x in xs]\n    zs = [super() for q in xs]\n"
                + "    def m(self):\n        return [__class__ for q in ()]\n");
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() throws Exception {
        Symtable t = table("def f(a):\n    if any((hit := x) for x in a):\n        return hit\n"
                + "    [(y := 1) for q in a]\n    return y\n");
        Scope f = scope(t, "f");
        assertEquals(CELL, f.scopeOf("hit"));
        Scope genexpr = scope(t, "f", "genexpr");
        assertEquals(FREE, genexpr.scopeOf("hit"));
        assertTrue(genexpr.symbol("hit").isNonlocal());
        assertEquals(LOCAL, f.scopeOf("y"));
    }

    @Test
    void walrusAtModuleLevelComprehensionIsGlobal() throws Exception {
        Symtable t = table("[(y := q) for q in range(3)]\n(z := 1 for q in ())\n");
        assertEquals(GLOBAL_EXPLICIT, t.top().scopeOf("y"));
        assertEquals(GLOBAL_EXPLICIT, scope(t, "genexpr").scopeOf("z"));
    }

    @Test
    void generatorsAndCoroutines() throws Exception {
        Symtable t = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n"
                + "async def ac(a):\n    return [x async for x in a]\n");
        assertTrue(scope(t, "g").isGenerator());
        assertTrue(scope(t, "c").isCoroutine());
        assertFalse(scope(t, "c").isGenerator());
        assertTrue(scope(t, "ag").isAsyncGenerator());
        assertTrue(scope(t, "ac").isCoroutine());
    }

    @Test
    void lambdaScope() throws Exception {
        Symtable t = table("f = lambda a, *b, c=1, **d: a + e\n");
        Scope l = scope(t, "lambda");
        assertEquals(List.of("a", "c", "b", "d"), l.parameterNames());
        assertEquals(GLOBAL_IMPLICIT, l.scopeOf("e"));
    }

    @Test
    void genericFunctionHasTypeParameterScope() throws Exception {
        Module mod = (Module) parse("def f[T: int, *Ts, **P = ()](x: T, *, k=1) -> T:\n    return x\n");
        Symtable t = Symtable.build(mod, "f", null);
        FunctionDef def = (FunctionDef) mod.body().get(0);
        Scope params = t.typeParamsScopeOf(def);
        assertEquals(ScopeKind.TYPE_PARAMETERS, params.kind());
        assertEquals(List.of(".defaults", ".kwdefaults"), params.parameterNames());
        assertTrue(params.symbol("T").isTypeParameter());
        Scope bound = t.boundScopeOf((TypeVar) def.typeParams().get(0));
        assertEquals(ScopeKind.TYPE_VARIABLE, bound.kind());
        assertEquals(GLOBAL_IMPLICIT, bound.scopeOf("int"));
        assertSame(params, t.scopeOf(def).parent());
        assertEquals(ScopeKind.TYPE_VARIABLE, t.defaultScopeOf(def.typeParams().get(2)).kind());
        table("def f[T: int, *Ts, **P = ()](x: T, *, k=1) -> T:\n    return x\n");
    }

    @Test
    void genericClassInClassSeesClassDict() throws Exception {
        Module mod = (Module) parse("class Outer:\n    A = int\n    class Inner[T: A](list[T]):\n        pass\n"
                + "    type Alias[U] = dict[A, U]\n");
        Symtable t = Symtable.build(mod, "f", null);
        ClassDef outer = (ClassDef) mod.body().get(0);
        Scope outerScope = t.scopeOf(outer);
        assertTrue(outerScope.needsClassDict());
        assertEquals(List.of("__classdict__"), outerScope.cellNames());
        Stmt inner = outer.body().get(1);
        Scope params = t.typeParamsScopeOf(inner);
        assertTrue(params.canSeeClassScope());
        assertEquals(FREE, params.scopeOf("__classdict__"));
        assertEquals(CELL, params.scopeOf(".type_params"));
        assertEquals(GLOBAL_IMPLICIT, t.boundScopeOf((TypeVar) ((ClassDef) inner).typeParams().get(0)).scopeOf("A"));
        Scope alias = t.scopeOf(outer.body().get(2));
        assertEquals(ScopeKind.TYPE_ALIAS, alias.kind());
        assertEquals(GLOBAL_IMPLICIT, alias.scopeOf("A"));
        assertEquals(FREE, alias.scopeOf("U"));
        table("class Outer:\n    A = int\n    class Inner[T: A](list[T]):\n        pass\n"
                + "    type Alias[U] = dict[A, U]\n");
    }

    @Test
    void genericClassTypeParametersAreMangledOnly() throws Exception {
        table("class __C[__T, U](__B[__T], __x=__y):\n    __z: __T\n    def m[__V](self, __a: __V): pass\n");
    }

    @Test
    void futureAnnotationsHideAnnotationNames() throws Exception {
        Symtable t = table("from __future__ import annotations\ndef f(a: Foo) -> Bar:\n    x: Baz = 1\n");
        assertEquals(Resolution.NONE, t.top().scopeOf("Foo"));
        assertEquals(Resolution.NONE, scope(t, "f").scopeOf("Baz"));
        Symtable eager = table("def f(a: Foo) -> Bar:\n    x: Baz = 1\n");
        assertEquals(GLOBAL_IMPLICIT, eager.top().scopeOf("Foo"));
        assertTrue(scope(eager, "f").symbol("x").isAnnotated());
    }

    @Test
    void patternsBindNames() throws Exception {
        Symtable t = table("def f(v):\n    match v:\n        case [a, *rest] if a: pass\n"
                + "        case {'k': b, **kw}: pass\n        case P(x=c) | P(y=c) as whole: pass\n");
        Scope f = scope(t, "f");
        for (String name : List.of("a", "rest", "b", "kw", "c", "whole")) {
            assertEquals(LOCAL, f.scopeOf(name), name);
        }
        assertEquals(GLOBAL_IMPLICIT, f.scopeOf("P"));
    }

    @Test
    void exceptAndWithAndImportsBind() throws Exception {
        table("def f():\n    import a.b as c, d.e\n    from m import n as o, p\n    try:\n        pass\n"
                + "    except E as err:\n        pass\n    with open() as (h, i):\n        del h\n");
    }

    // ---- errors raised from the symbol table ----

    @Test
    void duplicateArgument() throws Exception {
        assertError("def f(a, \u00e9, a): pass\n", "duplicate argument 'a' in function definition", 1, 14, 1, 15);
        assertError("lambda a, *a: 0\n", "duplicate argument 'a' in function definition", 1, 12, 1, 13);
    }

    @Test
    void globalErrors() throws Exception {
        assertError("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13);
        assertError("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration",
                3, 5, 3, 13);
        assertError("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration",
                3, 5, 3, 13);
        assertError("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13);
        assertError("def f():\n    global x\n    x: int\n", "annotated name 'x' can't be global", 3, 5, 3, 11);
    }

    @Test
    void nonlocalErrors() throws Exception {
        assertError("def f(x):\n  \u00e9=2; nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 9, 2, 19);
        assertError("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
                "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19);
        assertError("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
                "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19);
        assertError("def f():\n    x = 1\n    def g():\n        nonlocal x\n        \u00e9=1; x: int = 3\n",
                "annotated name 'x' can't be nonlocal", 5, 15, 5, 25);
        assertError("def f():\n    def g():\n        nonlocal zz\n", "no binding for nonlocal 'zz' found", 3, 9, 3, 20);
        assertError("\u00e9=1;  nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 8, 1, 18);
        assertError("def f():\n    x = 1\n    def g():\n        global x; nonlocal x\n",
                "name 'x' is nonlocal and global", 4, 9, 4, 17);
        assertError("class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15);
        assertError("def f[T]():\n    nonlocal T\n", "nonlocal binding not allowed for type parameter 'T'", 2, 5, 2, 15);
    }

    @Test
    void symbolTableErrorsComeBeforeCompilerErrors() throws Exception {
        // 'return' outside function is the compiler's, so the symbol table's error wins.
        assertError("return 1\nnonlocal x\n", "nonlocal declaration not allowed at module level", 2, 1, 2, 11);
    }

    @Test
    void walrusErrors() throws Exception {
        assertError("class C:\n    \u00e9 = [(y := 1) for x in range(3)]\n",
                "assignment expression within a comprehension cannot be used in a class body", 2, 12, 2, 13);
        assertError("\u00e9 = [(x := 1) for x in range(3)]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 8, 1, 9);
        assertError("\u00e9 = [[(x:=1) for q in y] for x in range(3)]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 9, 1, 10);
        assertError("\u00e9 = [x for x in (y := [1])]\n",
                "assignment expression cannot be used in a comprehension iterable expression", 1, 19, 1, 27);
        assertError("\u00e9 = [x for x in [lambda: (y := 2)]]\n",
                "assignment expression cannot be used in a comprehension iterable expression", 1, 28, 1, 34);
        assertError("\u00e9 = [i for i in range(3) for x in z if (j := 0) for j in w]\n",
                "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 54, 1, 55);
        assertError("type A = [(x := 1) for y in z]\n",
                "assignment expression within a comprehension cannot be used in a type alias", 1, 12, 1, 13);
        assertError("class A[T: [(x := 1) for y in z]]: pass\n",
                "assignment expression within a comprehension cannot be used in a TypeVar bound", 1, 14, 1, 15);
        assertError("class A[T]([(x := 1) for y in z]): pass\n",
                "assignment expression within a comprehension cannot be used within the definition of a generic",
                1, 14, 1, 15);
    }

    @Test
    void yieldInComprehensions() throws Exception {
        assertError("\u00e9 = [(yield x) for x in range(3)]\n", "'yield' inside list comprehension", 1, 8, 1, 15);
        assertError("def f():\n    \u00e9 = {(yield x) for x in range(3)}\n", "'yield' inside set comprehension",
                2, 12, 2, 19);
        assertError("def f():\n    \u00e9 = {x: (yield x) for x in range(3)}\n", "'yield' inside dict comprehension",
                2, 15, 2, 22);
        assertError("def f():\n    \u00e9 = ((yield from x) for x in range(3))\n",
                "'yield' inside generator expression", 2, 12, 2, 24);
    }

    @Test
    void asyncComprehensionsMakeTheirParentAwait() throws Exception {
        // "asynchronous comprehension outside of an asynchronous function" is the compiler's error
        // in 3.13: the symbol table accepts this and marks the scopes as awaiting.
        Symtable t = table("def f():\n    return ([x async for x in y] for q in z)\n");
        assertTrue(scope(t, "f", "genexpr").isAsyncGenerator());
        assertFalse(scope(t, "f").isCoroutine());
        Symtable u = table("def f():\n    return [x async for x in y]\n");
        assertTrue(scope(u, "f").isCoroutine());
    }

    @Test
    void importStar() throws Exception {
        assertError("def f():\n    \u00e9=1; from os import *\n", "import * only allowed at module level", 2, 26, 2, 27);
        assertError("class C:\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21);
    }

    @Test
    void typeParameterErrors() throws Exception {
        assertError("def f[T, \u00e9, T](): pass\n", "duplicate type parameter 'T'", 1, 14, 1, 15);
        assertError("type A[T, *T] = int\n", "duplicate type parameter 'T'", 1, 11, 1, 13);
        assertError("def f[T: (yield)](): pass\n", "yield expression cannot be used within a TypeVar bound",
                1, 11, 1, 16);
        assertError("def f[T: (int, (yield))](): pass\n",
                "yield expression cannot be used within a TypeVar constraint", 1, 17, 1, 22);
        assertError("def f[T = (await x)](): pass\n", "await expression cannot be used within a TypeVar default",
                1, 12, 1, 19);
        assertError("def f[*T = (yield)](): pass\n",
                "yield expression cannot be used within a TypeVarTuple default", 1, 13, 1, 18);
        assertError("def f[**T = (yield)](): pass\n", "yield expression cannot be used within a ParamSpec default",
                1, 14, 1, 19);
        assertError("type A = (x := 1)\n", "named expression cannot be used within a type alias", 1, 11, 1, 17);
        assertError("def f[T](x: (yield)): pass\n",
                "yield expression cannot be used within the definition of a generic", 1, 14, 1, 19);
    }

    @Test
    void futureAnnotationErrors() throws Exception {
        assertError("from __future__ import annotations\ndef f(x: (yield)): pass\n",
                "yield expression cannot be used within an annotation", 2, 11, 2, 16);
        assertError("from __future__ import annotations\nx: (await y) = 1\n",
                "await expression cannot be used within an annotation", 2, 5, 2, 12);
        assertError("from __future__ import braces\n", "not a chance", 1, 24, 1, 30);
        assertError("from __future__ import nope, annotations\n", "future feature nope is not defined",
                1, 24, 1, 28);
    }

    @Test
    void errorTextIsTheSourceLine() throws Exception {
        String source = "def f():\r\n    global x\r\n    x: int\r\n";
        Mod mod = parse(source);
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Symtable.build(mod, "m.py", source));
        assertEquals("    x: int\n", e.text());
        assertEquals("m.py", e.filename());
    }

    // ---- the sample corpus of tricky scoping, compared whole with CPython ----

    @Test
    void trickyScopingMatchesCPython() throws Exception {
        assumeTrue(CPython313.executable().isPresent(), "python3.13 not configured");
        Path file = Path.of(SymtableTest.class.getResource("/compile/scoping_cases.py").toURI());
        String all = Files.readString(file, StandardCharsets.UTF_8);
        for (String chunk : all.split("(?m)^# ----.*\n")) {
            if (!chunk.isBlank()) {
                table(chunk);
            }
        }
    }
}
