package dev.taipan.ast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AstDumpTest {
    @Test
    void dumpsFieldsInOrderAndLeavesOutAbsentOptionals() {
        Expr one = new Constant(1L, null, 1, 4, 1, 5);
        Stmt assign = new Assign(java.util.List.of(new Name("x", ExprContext.Store, 1, 0, 1, 1)), one, null, 1, 0, 1, 5);
        Module module = new Module(java.util.List.of(assign), java.util.List.of());
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
                AstDump.dump(module));
    }

    @Test
    void nullListElementsPrintAsNone() {
        Expr dict = new Dict(Arrays.asList(null, new Constant("k", "u", 1, 0, 1, 1)),
                java.util.List.of(new Name("d", ExprContext.Load, 1, 0, 1, 1), new Constant(Singleton.NONE, null, 1, 0, 1, 1)),
                1, 0, 1, 1);
        assertEquals("Dict(keys=[None, Constant(value='k', kind='u')], values=[Name(id='d', ctx=Load()), Constant(value=None)])",
                AstDump.dump(dict));
    }

    @Test
    void stringsWithLoneSurrogatesDumpAsCPythonDoes() {
        Expr joined = new JoinedStr(java.util.List.of(
                new Constant(new CodePointString(new int[] {0xD83D, 0xDC0D}), null, 1, 2, 1, 14),
                new Constant("🐍", "u", 1, 0, 1, 1)), 1, 0, 1, 1);
        assertEquals("JoinedStr(values=[Constant(value='\\ud83d\\udc0d'), Constant(value='🐍', kind='u')])",
                AstDump.dump(joined));
    }

    @Test
    void emptyTypeParamsAreLeftOut() {
        Arguments noArgs = new Arguments(java.util.List.of(), java.util.List.of(), null, java.util.List.of(),
                java.util.List.of(), null, java.util.List.of());
        Stmt def = new FunctionDef("f", noArgs, java.util.List.of(new Pass(1, 9, 1, 13)), java.util.List.of(), null, null,
                java.util.List.of(), 1, 0, 1, 13);
        assertEquals("FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
                + "defaults=[]), body=[Pass()], decorator_list=[])", AstDump.dump(def));
        Stmt generic = new FunctionDef("f", noArgs, java.util.List.of(), java.util.List.of(), null, null,
                java.util.List.of(new TypeVar("T", null, null, 1, 6, 1, 7)), 1, 0, 1, 13);
        assertEquals("FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
                + "defaults=[]), body=[], decorator_list=[], type_params=[TypeVar(name='T')])", AstDump.dump(generic));
    }
}
