package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.AstDump;
import dev.taipan.ast.Expression;
import dev.taipan.ast.Interactive;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * One sample per grammar construct, each compared with the dump CPython 3.13's {@code ast.parse}
 * gives (through {@code shared/tools/astdump.py}), and positions on samples compared with what
 * {@code ast.dump(include_attributes=True)} reports, node by node in field order.
 */
class ParserTest {
    private static Arguments construct(String name, String source, String dump) {
        return Arguments.of(name, source, dump);
    }

    private static Arguments pos(String source, String positions) {
        return Arguments.of(source, positions);
    }

    static Stream<Arguments> constructs() {
        return Stream.of(
            construct("decorators", "@a.b(c)\n@d\ndef f(): pass\n@e\nclass C: pass\n",
                    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), Name(id='d', ctx=Load())]), ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Name(id='e', ctx=Load())])], type_ignores=[])"),
            construct("async", "async def f():\n    async for x in y: pass\n    async with a as b: pass\n    await z\n    return [i async for i in g()]\n",
                    "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()]), Expr(value=Await(value=Name(id='z', ctx=Load()))), Return(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"),
            construct("lambda params", "lambda a, b=1, /, c=2, *d, e, f=3, **g: 0\nlambda *, k: k\nlambda: 0\n",
                    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Name(id='k', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"),
            construct("def params", "def f(a, b: int = 1, /, c=2, *args: int, d, e: str = 'x', **kw: dict) -> None: pass\ndef g(*, a=1, b): pass\n",
                    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], args=[arg(arg='c')], vararg=arg(arg='args', annotation=Name(id='int', ctx=Load())), kwonlyargs=[arg(arg='d'), arg(arg='e', annotation=Name(id='str', ctx=Load()))], kw_defaults=[None, Constant(value='x')], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[], returns=Constant(value=None)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
            construct("comprehensions", "[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y for z in x)\n",
                    "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
            construct("walrus", "if (n := len(a)) > 10: pass\n[y := f(x), y**2]\nf(x := 1)\n",
                    "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[]), Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load())), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"),
            construct("star targets", "*a, b = c\na, *b = c\n[a, *b] = c\n(a, b), c = d\nreturn_ = *a, b\n",
                    "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load())), Assign(targets=[Name(id='return_', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"),
            construct("star in return and for", "def f():\n    return *a, b\nfor x in *a, b: pass\n",
                    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[]), For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
            construct("subscripts", "a[1:2, ::3]\na[*b]\na[b, *c]\na[:]\na[::]\na[x:=1]\na[1,]\n",
                    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"),
            construct("annotations", "x: int\nx: int = 1\n(x): int = 1\na.b: int\na[0]: int = 2\n",
                    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=2), simple=0)], type_ignores=[])"),
            construct("global nonlocal", "def f():\n    global a, b\n    def g():\n        nonlocal c\n",
                    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['c'])], decorator_list=[])], decorator_list=[])], type_ignores=[])"),
            construct("try", "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
                    "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
            construct("try star", "try:\n    pass\nexcept* E as e:\n    pass\nexcept* F:\n    pass\n",
                    "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='F', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
            construct("with", "with a, b as c, d as (e, f): pass\nwith (a as b, c): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith (yield): pass\nwith (x for x in y): pass\n",
                    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Tuple(elts=[Name(id='e', ctx=Store()), Name(id='f', ctx=Store())], ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Yield())], body=[Pass()]), With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], body=[Pass()])], type_ignores=[])"),
            construct("imports", "import a, b.c as d\nfrom . import x\nfrom .. import y as z\nfrom ...a.b import (c, d as e,)\nfrom .... import *\n",
                    "Module(body=[Import(names=[alias(name='a'), alias(name='b.c', asname='d')]), ImportFrom(names=[alias(name='x')], level=1), ImportFrom(names=[alias(name='y', asname='z')], level=2), ImportFrom(module='a.b', names=[alias(name='c'), alias(name='d', asname='e')], level=3), ImportFrom(names=[alias(name='*')], level=4)], type_ignores=[])"),
            construct("comparisons", "a < b <= c == d != e > f >= g is h is not i in j not in k\n",
                    "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"),
            construct("conditional", "a if b else c if d else e\n",
                    "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"),
            construct("del assert raise", "del a, b[0], c.d, (e, f), [g]\nassert x, 'msg'\nraise E from F\nraise\n",
                    "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del()), Tuple(elts=[Name(id='e', ctx=Del()), Name(id='f', ctx=Del())], ctx=Del()), List(elts=[Name(id='g', ctx=Del())], ctx=Del())]), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load())), Raise()], type_ignores=[])"),
            construct("operators", "a + b - c * d / e // f % g @ h ** -i ** j\n~a | b ^ c & d << e >> f\nnot a and b or c\n",
                    "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=BinOp(left=Name(id='h', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='i', ctx=Load()), op=Pow(), right=Name(id='j', ctx=Load()))))))), Expr(value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load())))))), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"),
            construct("calls", "f(a, *b, c=1, *d, **e)\nf(x for x in y)\nf(**a, b=1)\n",
                    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"),
            construct("literals", "1; 1.5; 2j; 0x1f; 1_000; True; False; None; ...; 'a'; b'b'\n",
                    "Module(body=[Expr(value=Constant(value=1)), Expr(value=Constant(value=1.5)), Expr(value=Constant(value=2j)), Expr(value=Constant(value=31)), Expr(value=Constant(value=1000)), Expr(value=Constant(value=True)), Expr(value=Constant(value=False)), Expr(value=Constant(value=None)), Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value='a')), Expr(value=Constant(value=b'b'))], type_ignores=[])"),
            construct("string concatenation", "'a' 'b'\nu'a' 'b'\n'a' u'b'\nb'a' b'b'\n'a' f'{x}' 'c'\nf'a' 'b'\n",
                    "Module(body=[Expr(value=Constant(value='ab')), Expr(value=Constant(value='ab', kind='u')), Expr(value=Constant(value='ab')), Expr(value=Constant(value=b'ab')), Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='c')])), Expr(value=JoinedStr(values=[Constant(value='ab')]))], type_ignores=[])"),
            construct("f-strings", "f'{a!r}{b!s:>10}{c!a}{d:{e}.{f}}'\nf'{x=}'\nf'{x = !s}'\nf'{x=:>10}'\nf'{x:}'\n",
                    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')])), FormattedValue(value=Name(id='c', ctx=Load()), conversion=97), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='e', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='f', ctx=Load()), conversion=-1)]))])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"),
            construct("f-string nesting pep701", "f\"{f\"{x}\"}\"\nf'{'a' 'b'}'\nf'{x:{y:{z}}}'\n",
                    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))]))]))], type_ignores=[])"),
            construct("dicts and sets", "{}\n{1: 2, **a, 3: 4}\n{1, *a, 2}\n",
                    "Module(body=[Expr(value=Dict(keys=[], values=[])), Expr(value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)])), Expr(value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=2)]))], type_ignores=[])"),
            construct("match", "match x:\n    case 1 | 2 as y if y > 1: pass\n    case {1: _, 'a': [1, 2, *_], **rest}: pass\n    case Point(1, x=0, y=0) | Point(): pass\n    case a.b.c: pass\n    case (1): pass\n    case (): pass\n    case [a, (b, c), *d]: pass\n    case -1.5-2j | 1+1j | -0: pass\n    case None | True | False: pass\n    case _: pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), guard=Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], comparators=[Constant(value=1)]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value='a')], patterns=[MatchAs(), MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2)), MatchStar()])], rest='rest'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[])]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchSequence(patterns=[MatchAs(name='b'), MatchAs(name='c')]), MatchStar(name='d')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1.5)), op=Sub(), right=Constant(value=2j))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=1j))), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=0)))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"),
            construct("match sequence subject", "match x, *y:\n    case a, b: pass\n",
                    "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()])])], type_ignores=[])"),
            construct("soft keywords as names", "match = 1\ncase = 2\ntype = 3\n_ = 4\nmatch(x)\nmatch[x]\ntype.x\n",
                    "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=3)), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=4)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', ctx=Load()), ctx=Load())), Expr(value=Attribute(value=Name(id='type', ctx=Load()), attr='x', ctx=Load()))], type_ignores=[])"),
            construct("type params", "def f[T: int, *Ts, **P](x: T) -> T: pass\nclass C[T = int, *Ts = *tuple[int], **P = [int]]: pass\n",
                    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')]), ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T', default_value=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts', default_value=Starred(value=Subscript(value=Name(id='tuple', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), ctx=Load())), ParamSpec(name='P', default_value=List(elts=[Name(id='int', ctx=Load())], ctx=Load()))])], type_ignores=[])"),
            construct("type alias", "type X = int\ntype Y[T] = list[T]\ntype Z[T: (int, str) = int] = T\n",
                    "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), value=Name(id='int', ctx=Load())), TypeAlias(name=Name(id='Y', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load())), TypeAlias(name=Name(id='Z', ctx=Store()), type_params=[TypeVar(name='T', bound=Tuple(elts=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], ctx=Load()), default_value=Name(id='int', ctx=Load()))], value=Name(id='T', ctx=Load()))], type_ignores=[])"),
            construct("while for else", "while x:\n    break\nelse:\n    continue\nfor x in y:\n    pass\nelse:\n    pass\n",
                    "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()]), For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"),
            construct("if elif else", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
                    "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"),
            construct("augmented", "a += 1; b -= 1; c *= 1; d @= 1; e /= 1; f %= 1; g &= 1; h |= 1; i ^= 1; j <<= 1; k >>= 1; l **= 1; m //= 1\n",
                    "Module(body=[AugAssign(target=Name(id='a', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='b', ctx=Store()), op=Sub(), value=Constant(value=1)), AugAssign(target=Name(id='c', ctx=Store()), op=Mult(), value=Constant(value=1)), AugAssign(target=Name(id='d', ctx=Store()), op=MatMult(), value=Constant(value=1)), AugAssign(target=Name(id='e', ctx=Store()), op=Div(), value=Constant(value=1)), AugAssign(target=Name(id='f', ctx=Store()), op=Mod(), value=Constant(value=1)), AugAssign(target=Name(id='g', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='h', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='i', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='j', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='k', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='l', ctx=Store()), op=Pow(), value=Constant(value=1)), AugAssign(target=Name(id='m', ctx=Store()), op=FloorDiv(), value=Constant(value=1))], type_ignores=[])"),
            construct("yield", "def g():\n    yield\n    yield a, b\n    x = yield from c\n    y = yield\n",
                    "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='c', ctx=Load()))), Assign(targets=[Name(id='y', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"),
            construct("chained assignment", "a = b = c, d = 1\n",
                    "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
            construct("surrogate escapes", "a = '\\ud83d\\udc0d'\nb = '\\U0001f40d'\nc = '\\ud83d' '\\udc0d'\nd = f'\\ud800{x}' '\\udc00' f'{y}\\udfff}}'\ne = '\\ud83d🐍'\nf = '\\U0000dc00\\\\' \"'\"\n",
                    "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value='\\ud83d\\udc0d')), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value='🐍')), Assign(targets=[Name(id='c', ctx=Store())], value=Constant(value='\\ud83d\\udc0d')), Assign(targets=[Name(id='d', ctx=Store())], value=JoinedStr(values=[Constant(value='\\ud800'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\udc00'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='\\udfff}')])), Assign(targets=[Name(id='e', ctx=Store())], value=Constant(value='\\ud83d🐍')), Assign(targets=[Name(id='f', ctx=Store())], value=Constant(value=\"\\udc00\\\\'\"))], type_ignores=[])"),
            construct("unicode identifiers", "ｗｉｄｔｈ = ﬁ.ｂ\ndef ｆ(ｐ, /, *ａ, ｋ=1, **ｗ) -> ｒ: pass\nclass Ｃ(ｍ=ｎ): pass\nimport ａ.ｂ as ｃ\nfrom ｄ.ｅ import ｇ as ｈ\nglobal ｇｌ\nｆ(ｋｗ=1)\nf'{ｘ!ｒ}'\n(ｙ := 1)\nlambda ｌ: ｌ\nmatch ｓ:\n    case Ｐ(ｑ=1) | {**ｒｅｓｔ} | [*ｓｔ] | ｖ.ｗ | ｚｚ: pass\n    case 1 as ａｓ: pass\ntry: pass\nexcept Ｅ as ｅｒｒ: pass\ntype ｔ[Ｔ: int, *Ｔｓ, **Ｐｓ] = Ｔ\n",
                    "Module(body=[Assign(targets=[Name(id='width', ctx=Store())], value=Attribute(value=Name(id='fi', ctx=Load()), attr='b', ctx=Load())), FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='p')], args=[], vararg=arg(arg='a'), kwonlyargs=[arg(arg='k')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='w'), defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='r', ctx=Load())), ClassDef(name='C', bases=[], keywords=[keyword(arg='m', value=Name(id='n', ctx=Load()))], body=[Pass()], decorator_list=[]), Import(names=[alias(name='a.b', asname='c')]), ImportFrom(module='d.e', names=[alias(name='g', asname='h')], level=0), Global(names=['gl']), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='kw', value=Constant(value=1))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='l')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='l', ctx=Load()))), Match(subject=Name(id='s', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='P', ctx=Load()), patterns=[], kwd_attrs=['q'], kwd_patterns=[MatchValue(value=Constant(value=1))]), MatchMapping(keys=[], patterns=[], rest='rest'), MatchSequence(patterns=[MatchStar(name='st')]), MatchValue(value=Attribute(value=Name(id='v', ctx=Load()), attr='w', ctx=Load())), MatchAs(name='zz')]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchValue(value=Constant(value=1)), name='as'), body=[Pass()])]), Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='err', body=[Pass()])], orelse=[], finalbody=[]), TypeAlias(name=Name(id='t', ctx=Store()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='Ps')], value=Name(id='T', ctx=Load()))], type_ignores=[])"),
            construct("semicolons", "a; b; c;\n",
                    "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void parsesLikeCPython(String name, String source, String expected) {
        assertEquals(expected, AstDump.dump(Parser.parseModule(source, "<test>")));
    }

    static Stream<Arguments> positions() {
        return Stream.of(
            pos("x = (1, 2)\n",
                    "Assign@1,0-1,10 Name@1,0-1,1 Tuple@1,4-1,10 Constant@1,5-1,6 Constant@1,8-1,9"),
            pos("f(x for x in y)\n",
                    "Expr@1,0-1,15 Call@1,0-1,15 Name@1,0-1,1 GeneratorExp@1,1-1,15 Name@1,2-1,3 Name@1,8-1,9 Name@1,13-1,14"),
            pos("a[1:2, ::3]\n",
                    "Expr@1,0-1,11 Subscript@1,0-1,11 Name@1,0-1,1 Tuple@1,2-1,10 Slice@1,2-1,5 Constant@1,2-1,3 Constant@1,4-1,5 Slice@1,7-1,10 Constant@1,9-1,10"),
            pos("@d\ndef f():\n    pass\n",
                    "FunctionDef@2,0-3,8 Pass@3,4-3,8 Name@1,1-1,2"),
            pos("u'a' 'b'\n",
                    "Expr@1,0-1,8 Constant@1,0-1,8"),
            pos("(a).b(c)[d]\n",
                    "Expr@1,0-1,11 Subscript@1,0-1,11 Call@1,0-1,8 Attribute@1,0-1,5 Name@1,1-1,2 Name@1,6-1,7 Name@1,9-1,10"),
            pos("x = 1, 2,\n",
                    "Assign@1,0-1,9 Name@1,0-1,1 Tuple@1,4-1,9 Constant@1,4-1,5 Constant@1,7-1,8"),
            pos("f'a{b!r:>{c}}d' 'e'\n",
                    "Expr@1,0-1,19 JoinedStr@1,0-1,19 Constant@1,2-1,3 FormattedValue@1,3-1,13 Name@1,4-1,5 JoinedStr@1,7-1,12 Constant@1,8-1,9 FormattedValue@1,9-1,12 Name@1,10-1,11 Constant@1,13-1,19"),
            pos("f'{x=}'\n",
                    "Expr@1,0-1,7 JoinedStr@1,0-1,7 Constant@1,3-1,5 FormattedValue@1,2-1,6 Name@1,3-1,4"),
            pos("with (a as b): pass\n",
                    "With@1,0-1,19 Name@1,6-1,7 Name@1,11-1,12 Pass@1,15-1,19"),
            pos("class C(B, m=1):\n    x: int = 1\n",
                    "ClassDef@1,0-2,14 Name@1,8-1,9 keyword@1,11-1,14 Constant@1,13-1,14 AnnAssign@2,4-2,14 Name@2,4-2,5 Name@2,7-2,10 Constant@2,13-2,14"),
            pos("lambda x, *y, z=1, **k: x\n",
                    "Expr@1,0-1,25 Lambda@1,0-1,25 arg@1,7-1,8 arg@1,11-1,12 arg@1,14-1,15 Constant@1,16-1,17 arg@1,21-1,22 Name@1,24-1,25"),
            pos("if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
                    "If@1,0-6,5 Name@1,3-1,4 Expr@2,4-2,5 Name@2,4-2,5 If@3,0-6,5 Name@3,5-3,6 Expr@4,4-4,5 Name@4,4-4,5 Expr@6,4-6,5 Name@6,4-6,5"),
            pos("try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n",
                    "Try@1,0-6,5 Expr@2,4-2,5 Name@2,4-2,5 ExceptHandler@3,0-4,5 Name@3,7-3,8 Expr@4,4-4,5 Name@4,4-4,5 Expr@6,4-6,5 Name@6,4-6,5"),
            pos("match x:\n    case [1, *r] | {'a': 2, **kw} | C(1, y=2) as z: pass\n",
                    "Match@1,0-2,56 Name@1,6-1,7 MatchAs@2,9-2,50 MatchOr@2,9-2,45 MatchSequence@2,9-2,16 MatchValue@2,10-2,11 Constant@2,10-2,11 MatchStar@2,13-2,15 MatchMapping@2,19-2,33 Constant@2,20-2,23 MatchValue@2,25-2,26 Constant@2,25-2,26 MatchClass@2,36-2,45 Name@2,36-2,37 MatchValue@2,38-2,39 Constant@2,38-2,39 MatchValue@2,43-2,44 Constant@2,43-2,44 Pass@2,52-2,56"),
            pos("def f[T: int, *Ts, **P](): pass\n",
                    "FunctionDef@1,0-1,31 Pass@1,27-1,31 TypeVar@1,6-1,12 Name@1,9-1,12 TypeVarTuple@1,14-1,17 ParamSpec@1,19-1,22"),
            pos("type X[T] = list[T]\n",
                    "TypeAlias@1,0-1,19 Name@1,5-1,6 TypeVar@1,7-1,8 Subscript@1,12-1,19 Name@1,12-1,16 Name@1,17-1,18"),
            pos("from . import (a as b)\n",
                    "ImportFrom@1,0-1,22 alias@1,15-1,21"),
            pos("x = f'''a\n{b}\nc'''\n",
                    "Assign@1,0-3,4 Name@1,0-1,1 JoinedStr@1,4-3,4 Constant@1,8-2,0 FormattedValue@2,0-2,3 Name@2,1-2,2 Constant@2,3-3,1"),
            pos("a = yield\n",
                    "Assign@1,0-1,9 Name@1,0-1,1 Yield@1,4-1,9"),
            pos("del a, (b, c)\n",
                    "Delete@1,0-1,13 Name@1,4-1,5 Tuple@1,7-1,13 Name@1,8-1,9 Name@1,11-1,12"),
            pos("*a, b = c\n",
                    "Assign@1,0-1,9 Tuple@1,0-1,5 Starred@1,0-1,2 Name@1,1-1,2 Name@1,4-1,5 Name@1,8-1,9"),
            pos("{**a, 'b': 1}\n",
                    "Expr@1,0-1,13 Dict@1,0-1,13 Constant@1,6-1,9 Name@1,3-1,4 Constant@1,11-1,12"),
            pos("not -a ** b\n",
                    "Expr@1,0-1,11 UnaryOp@1,0-1,11 UnaryOp@1,4-1,11 BinOp@1,5-1,11 Name@1,5-1,6 Name@1,10-1,11"),
            pos("a if b else c\n",
                    "Expr@1,0-1,13 IfExp@1,0-1,13 Name@1,5-1,6 Name@1,0-1,1 Name@1,12-1,13")
        );
    }

    @ParameterizedTest
    @MethodSource("positions")
    void positionsLikeCPython(String source, String expected) {
        assertEquals(expected, PositionDump.dump(Parser.parseModule(source, "<test>")));
    }

    @Test
    void evalMode() {
        Expression e = Parser.parseExpression("a, b if c else d\n\n", "<test>");
        assertEquals("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), IfExp(test=Name(id='c', ctx=Load()), "
                + "body=Name(id='b', ctx=Load()), orelse=Name(id='d', ctx=Load()))], ctx=Load()))", AstDump.dump(e));
    }

    @Test
    void singleMode() {
        Interactive i = Parser.parseInteractive("x = 1; y = 2\n", "<stdin>");
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
                + "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])", AstDump.dump(i));
        Interactive compound = Parser.parseInteractive("if x:\n    pass\n\n", "<stdin>");
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])",
                AstDump.dump(compound));
    }

    @Test
    void parseFileDecodes() {
        byte[] bytes = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u00e9'))], "
                + "type_ignores=[])", AstDump.dump(Parser.parseFile(bytes, "<test>")));
    }
}
