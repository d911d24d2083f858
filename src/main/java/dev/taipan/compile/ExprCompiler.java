package dev.taipan.compile;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.Await;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.BoolOp;
import dev.taipan.ast.BoolOperator;
import dev.taipan.ast.Call;
import dev.taipan.ast.CmpOp;
import dev.taipan.ast.Compare;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Dict;
import dev.taipan.ast.DictComp;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.FormattedValue;
import dev.taipan.ast.GeneratorExp;
import dev.taipan.ast.IfExp;
import dev.taipan.ast.Imaginary;
import dev.taipan.ast.JoinedStr;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Lambda;
import dev.taipan.ast.ListComp;
import dev.taipan.ast.Name;
import dev.taipan.ast.NamedExpr;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Set;
import dev.taipan.ast.SetComp;
import dev.taipan.ast.Singleton;
import dev.taipan.ast.Slice;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.ast.Yield;
import dev.taipan.ast.YieldFrom;
import dev.taipan.code.BinaryOps;
import dev.taipan.code.CompareOps;
import dev.taipan.code.Intrinsics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static dev.taipan.code.Opcode.*;

/** Compiles expressions (CPython's compiler_visit_expr and its helpers). */
final class ExprCompiler {
    /** CPython's STACK_USE_GUARDRAIL: above this many items, displays and calls are built piecewise. */
    static final int STACK_USE_GUARDRAIL = 30;

    private final Compiler c;
    private final FrozenSetConstants frozenSets = new FrozenSetConstants();

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    /** Compiles {@code e}; its instructions get its position. */
    void visit(Expr e) {
        int[] saved = c.u.asm.location();
        c.setLoc(e);
        try {
            dispatch(e);
        } finally {
            c.u.asm.setLocation(saved);
        }
    }

    private void dispatch(Expr e) {
        switch (e) {
            case Constant k -> c.loadConst(constValue(k.value()));
            case Name n -> c.nameOp(n.id(), n.ctx(), n);
            case BoolOp b -> boolOp(b);
            case NamedExpr n -> {
                visit(n.value());
                c.emit(COPY, 1);
                visit(n.target());
            }
            case BinOp b -> {
                visit(b.left());
                visit(b.right());
                c.emit(BINARY_OP, binaryOp(b.op(), false));
            }
            case UnaryOp un -> unaryOp(un);
            case Lambda l -> c.defs.lambda(l);
            case IfExp i -> {
                Assembler.Label orelse = Compiler.label();
                Assembler.Label end = Compiler.label();
                jumpIf(i.test(), orelse, false);
                visit(i.body());
                c.jump(JUMP, end);
                c.bind(orelse);
                visit(i.orelse());
                c.bind(end);
            }
            case Dict d -> dict(d);
            case Set s -> starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case GeneratorExp g -> c.comp.comprehension(g, g.generators(), g.elt(), null, ComprehensionKind.GENERATOR);
            case ListComp l -> c.comp.comprehension(l, l.generators(), l.elt(), null, ComprehensionKind.LIST);
            case SetComp s -> c.comp.comprehension(s, s.generators(), s.elt(), null, ComprehensionKind.SET);
            case DictComp d -> c.comp.comprehension(d, d.generators(), d.key(), d.value(), ComprehensionKind.DICT);
            case Yield y -> {
                if (!c.u.scope.isFunctionLike()) {
                    throw c.error(CompileErrors.YIELD_OUTSIDE_FUNCTION, y);
                }
                if (y.value() != null) {
                    visit(y.value());
                } else {
                    c.loadConst(null);
                }
                c.yieldValue();
            }
            case YieldFrom y -> {
                if (!c.u.scope.isFunctionLike()) {
                    throw c.error(CompileErrors.YIELD_OUTSIDE_FUNCTION, y);
                }
                if (c.u.kind == CompileUnit.Kind.ASYNC_FUNCTION) {
                    throw c.error(CompileErrors.YIELD_FROM_INSIDE_ASYNC, y);
                }
                visit(y.value());
                c.emit(GET_YIELD_FROM_ITER);
                c.loadConst(null);
                c.yieldFrom(false);
            }
            case Await a -> {
                if (!c.u.scope.isFunctionLike()) {
                    throw c.error(CompileErrors.AWAIT_OUTSIDE_FUNCTION, a);
                }
                if (c.u.kind != CompileUnit.Kind.ASYNC_FUNCTION && c.u.kind != CompileUnit.Kind.COMPREHENSION) {
                    throw c.error(CompileErrors.AWAIT_OUTSIDE_ASYNC_FUNCTION, a);
                }
                visit(a.value());
                c.emit(GET_AWAITABLE, 0);
                c.loadConst(null);
                c.yieldFrom(true);
            }
            case Compare cmp -> compare(cmp);
            case Call call -> call(call);
            case JoinedStr j -> joinedStr(j);
            case FormattedValue f -> formattedValue(f);
            case Attribute a -> attribute(a);
            case Subscript s -> subscript(s);
            case Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw c.error(CompileErrors.STARRED_TARGET_NOT_IN_SEQUENCE, s);
                }
                throw c.error(CompileErrors.STARRED_HERE, s);
            }
            case dev.taipan.ast.List l -> sequence(l.elts(), l.ctx(), BUILD_LIST, false, l);
            case Tuple t -> sequence(t.elts(), t.ctx(), BUILD_LIST, true, t);
            case Slice s -> {
                int n = sliceParts(s);
                c.emit(BUILD_SLICE, n);
            }
        }
    }

    /** The constant a Constant node holds, with None as {@link Singleton#NONE}. */
    static Object constValue(Object v) {
        return v == null ? Singleton.NONE : v;
    }

    // ---- operators ---------------------------------------------------------------------------

    static int binaryOp(Operator op, boolean inplace) {
        int n = switch (op) {
            case Add -> BinaryOps.ADD;
            case BitAnd -> BinaryOps.AND;
            case FloorDiv -> BinaryOps.FLOOR_DIVIDE;
            case LShift -> BinaryOps.LSHIFT;
            case MatMult -> BinaryOps.MATRIX_MULTIPLY;
            case Mult -> BinaryOps.MULTIPLY;
            case Mod -> BinaryOps.REMAINDER;
            case BitOr -> BinaryOps.OR;
            case Pow -> BinaryOps.POWER;
            case RShift -> BinaryOps.RSHIFT;
            case Sub -> BinaryOps.SUBTRACT;
            case Div -> BinaryOps.TRUE_DIVIDE;
            case BitXor -> BinaryOps.XOR;
        };
        return inplace ? n + BinaryOps.INPLACE : n;
    }

    private void unaryOp(UnaryOp un) {
        if (un.op() == UnaryOperator.USub && un.operand() instanceof Constant k) {
            Object neg = negate(k.value());
            if (neg != null) {
                c.loadConst(neg);
                return;
            }
        }
        visit(un.operand());
        switch (un.op()) {
            case Not -> {
                c.emit(TO_BOOL);
                c.emit(UNARY_NOT);
            }
            case USub -> c.emit(UNARY_NEGATIVE);
            case UAdd -> c.emit(UNARY_POSITIVE);
            case Invert -> c.emit(UNARY_INVERT);
        }
    }

    /**
     * Folds {@code -<number>} as CPython's AST optimizer does; null when the value is not folded.
     * An imaginary is not: its negation has a real part of -0.0, which no constant here can
     * hold, so UNARY_NEGATIVE makes it at run time.
     */
    static Object negate(Object v) {
        return switch (v) {
            case Long l -> l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
            case BigInteger b -> {
                BigInteger n = b.negate();
                yield n.bitLength() < 64 ? (Object) n.longValue() : n;
            }
            case Integer i -> (long) -i;
            case Double d -> -d;
            case null, default -> null;
        };
    }

    private void boolOp(BoolOp b) {
        Assembler.Label end = Compiler.label();
        int jumpOp = b.op() == BoolOperator.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        List<Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
            visit(values.get(i));
            c.emit(COPY, 1);
            c.emit(TO_BOOL);
            c.jump(jumpOp, end);
            c.emit(POP_TOP);
        }
        visit(values.get(values.size() - 1));
        c.bind(end);
    }

    private void compare(Compare cmp) {
        visit(cmp.left());
        int n = cmp.ops().size();
        if (n == 1) {
            visit(cmp.comparators().get(0));
            compareOp(cmp.ops().get(0));
            return;
        }
        Assembler.Label cleanup = Compiler.label();
        for (int i = 0; i < n - 1; i++) {
            visit(cmp.comparators().get(i));
            c.emit(SWAP, 2);
            c.emit(COPY, 2);
            compareOp(cmp.ops().get(i));
            c.emit(COPY, 1);
            c.emit(TO_BOOL);
            c.jump(POP_JUMP_IF_FALSE, cleanup);
            c.emit(POP_TOP);
        }
        visit(cmp.comparators().get(n - 1));
        compareOp(cmp.ops().get(n - 1));
        Assembler.Label end = Compiler.label();
        c.jump(JUMP, end);
        c.bind(cleanup);
        c.emit(SWAP, 2);
        c.emit(POP_TOP);
        c.bind(end);
    }

    void compareOp(CmpOp op) {
        switch (op) {
            case Eq -> c.emit(COMPARE_OP, CompareOps.EQ);
            case NotEq -> c.emit(COMPARE_OP, CompareOps.NE);
            case Lt -> c.emit(COMPARE_OP, CompareOps.LT);
            case LtE -> c.emit(COMPARE_OP, CompareOps.LE);
            case Gt -> c.emit(COMPARE_OP, CompareOps.GT);
            case GtE -> c.emit(COMPARE_OP, CompareOps.GE);
            case Is -> c.emit(IS_OP, 0);
            case IsNot -> c.emit(IS_OP, 1);
            case In -> c.emit(CONTAINS_OP, 0);
            case NotIn -> c.emit(CONTAINS_OP, 1);
        }
    }

    /**
     * Jumps to {@code target} when {@code e}'s truth equals {@code ifTrue}, else falls through
     * (CPython's compiler_jump_if, with its short-circuit shapes for not, and, or and if-else).
     */
    void jumpIf(Expr e, Assembler.Label target, boolean ifTrue) {
        int[] saved = c.u.asm.location();
        c.setLoc(e);
        try {
            switch (e) {
                case UnaryOp un when un.op() == UnaryOperator.Not -> jumpIf(un.operand(), target, !ifTrue);
                case BoolOp b -> {
                    boolean isOr = b.op() == BoolOperator.Or;
                    Assembler.Label next = ifTrue == isOr ? target : Compiler.label();
                    List<Expr> values = b.values();
                    for (int i = 0; i < values.size() - 1; i++) {
                        jumpIf(values.get(i), next, isOr);
                    }
                    jumpIf(values.get(values.size() - 1), target, ifTrue);
                    if (next != target) {
                        c.bind(next);
                    }
                }
                case IfExp i -> {
                    Assembler.Label end = Compiler.label();
                    Assembler.Label next2 = Compiler.label();
                    jumpIf(i.test(), next2, false);
                    jumpIf(i.body(), target, ifTrue);
                    c.jump(JUMP, end);
                    c.bind(next2);
                    jumpIf(i.orelse(), target, ifTrue);
                    c.bind(end);
                }
                case Constant k when truthOf(k.value()) != null -> {
                    if (truthOf(k.value()) == ifTrue) {
                        c.jump(JUMP, target);
                    }
                }
                default -> {
                    visit(e);
                    c.emit(TO_BOOL);
                    c.jump(ifTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
                }
            }
        } finally {
            c.u.asm.setLocation(saved);
        }
    }

    /** The truth of a constant value, or null when it is not known here. */
    static Boolean truthOf(Object v) {
        return switch (v) {
            case null -> false;
            case Singleton s -> s == Singleton.ELLIPSIS;
            case Boolean b -> b;
            case Long l -> l != 0;
            case Integer i -> i != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case dev.taipan.ast.Bytes b -> b.data().length > 0;
            case Imaginary im -> im.imag() != 0.0;
            default -> null;
        };
    }

    // ---- displays ------------------------------------------------------------------------------

    private void sequence(List<Expr> elts, ExprContext ctx, int build, boolean tuple, Expr node) {
        switch (ctx) {
            case Store -> c.stmt.unpackTargets(elts, node);
            case Del -> {
                for (Expr elt : elts) {
                    visit(elt);
                }
            }
            case Load -> starUnpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
        }
    }

    /**
     * Builds a list, tuple or set from elements that may be starred (CPython's
     * starunpack_helper); {@code pushed} values already on the stack become its first items.
     */
    void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        List<Object> folded = n > 2 && pushed == 0 ? foldedConstants(elts) : null;
        if (folded != null) {
            if (tuple) {
                c.loadConst(folded);
            } else {
                // A set display folds to a frozenset, whose order the new set then takes.
                c.emit(build, 0);
                c.loadConst(build == BUILD_SET ? frozenSets.of(folded) : folded);
                c.emit(extend, 1);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUARDRAIL;
        boolean seenStar = elts.stream().anyMatch(e -> e instanceof Starred);
        if (!seenStar && !big) {
            for (Expr e : elts) {
                visit(e);
            }
            c.emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred s) {
                if (!built) {
                    c.emit(build, i + pushed);
                    built = true;
                }
                visit(s.value());
                c.emit(extend, 1);
            } else {
                visit(e);
                if (built) {
                    c.emit(add, 1);
                }
            }
        }
        if (tuple) {
            c.emit(CALL_INTRINSIC_1, Intrinsics.LIST_TO_TUPLE);
        }
    }

    /**
     * Returns the values of elements that are all constants, {@code -<number>} folded as
     * CPython's AST optimizer folds it before code generation; null when one is not.
     */
    private static List<Object> foldedConstants(List<Expr> elts) {
        List<Object> values = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            if (e instanceof Constant k) {
                values.add(constValue(k.value()));
            } else if (e instanceof UnaryOp un && un.op() == UnaryOperator.USub
                    && un.operand() instanceof Constant k && negate(k.value()) != null) {
                values.add(negate(k.value()));
            } else {
                return null;
            }
        }
        return values;
    }

    private void dict(Dict d) {
        int elements = 0;
        boolean haveDict = false;
        List<Expr> keys = d.keys();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        c.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(d.values().get(i));
                c.emit(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUARDRAIL) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        c.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, keys.size() - elements, keys.size());
            if (haveDict) {
                c.emit(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.emit(BUILD_MAP, 0);
        }
    }

    private void subdict(Dict d, int begin, int end) {
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
        }
        c.emit(BUILD_MAP, end - begin);
    }

    // ---- f-strings -----------------------------------------------------------------------------

    private void joinedStr(JoinedStr j) {
        List<Expr> values = j.values();
        if (values.isEmpty()) {
            c.loadConst("");
            return;
        }
        if (values.size() > STACK_USE_GUARDRAIL) {
            c.loadConst("");
            c.emit(LOAD_METHOD, c.nameIndex("join"));
            c.emit(BUILD_LIST, 0);
            for (Expr v : values) {
                visit(v);
                c.emit(LIST_APPEND, 1);
            }
            c.emit(CALL, 1);
            return;
        }
        for (Expr v : values) {
            visit(v);
        }
        if (values.size() != 1) {
            c.emit(BUILD_STRING, values.size());
        }
    }

    private void formattedValue(FormattedValue f) {
        visit(f.value());
        switch (f.conversion()) {
            case 's' -> c.emit(CONVERT_VALUE, 1);
            case 'r' -> c.emit(CONVERT_VALUE, 2);
            case 'a' -> c.emit(CONVERT_VALUE, 3);
            default -> {
            }
        }
        if (f.formatSpec() != null) {
            visit(f.formatSpec());
            c.emit(FORMAT_WITH_SPEC);
        } else {
            c.emit(FORMAT_SIMPLE);
        }
    }

    // ---- attributes and subscripts --------------------------------------------------------------

    private void attribute(Attribute a) {
        visit(a.value());
        if (a.value() instanceof Name n && n.id().equals("self") && a.ctx() == ExprContext.Store) {
            CompileUnit cls = c.classUnit();
            if (cls != null && c.u.kind != CompileUnit.Kind.CLASS) {
                cls.staticAttributes.add(a.attr());
            }
        }
        c.setLoc(a);
        int idx = c.nameIndex(c.mangle(a.attr()));
        switch (a.ctx()) {
            case Load -> c.emit(LOAD_ATTR, idx);
            case Store -> c.emit(STORE_ATTR, idx);
            case Del -> c.emit(DELETE_ATTR, idx);
        }
    }

    private void subscript(Subscript s) {
        visit(s.value());
        if (s.slice() instanceof Slice sl && sl.step() == null && s.ctx() != ExprContext.Del) {
            sliceParts(sl);
            c.emit(s.ctx() == ExprContext.Load ? BINARY_SLICE : STORE_SLICE);
            return;
        }
        visit(s.slice());
        switch (s.ctx()) {
            case Load -> c.emit(BINARY_SUBSCR);
            case Store -> c.emit(STORE_SUBSCR);
            case Del -> c.emit(DELETE_SUBSCR);
        }
    }

    /** Pushes a slice's bounds (None for missing ones) and returns how many were pushed. */
    int sliceParts(Slice s) {
        if (s.lower() != null) {
            visit(s.lower());
        } else {
            c.loadConst(null);
        }
        if (s.upper() != null) {
            visit(s.upper());
        } else {
            c.loadConst(null);
        }
        if (s.step() != null) {
            visit(s.step());
            return 3;
        }
        return 2;
    }

    // ---- calls -----------------------------------------------------------------------------------

    private void call(Call call) {
        validateKeywords(call.keywords());
        if (call.func() instanceof Attribute a && a.ctx() == ExprContext.Load && isSimpleCall(call)) {
            visit(a.value());
            c.setLoc(a);
            c.emit(LOAD_METHOD, c.nameIndex(c.mangle(a.attr())));
            for (Expr arg : call.args()) {
                visit(arg);
            }
            c.setLoc(call);
            int nk = call.keywords().size();
            if (nk > 0) {
                for (Keyword k : call.keywords()) {
                    visit(k.value());
                }
                c.setLoc(call);
                c.loadConst(keywordNames(call.keywords()));
                c.emit(CALL_KW, call.args().size() + nk);
            } else {
                c.emit(CALL, call.args().size());
            }
            return;
        }
        visit(call.func());
        c.setLoc(call);
        c.emit(PUSH_NULL);
        callHelper(0, call.args(), call.keywords(), call);
    }

    private static boolean isSimpleCall(Call call) {
        if (call.args().size() + call.keywords().size() >= STACK_USE_GUARDRAIL) {
            return false;
        }
        for (Expr a : call.args()) {
            if (a instanceof Starred) {
                return false;
            }
        }
        for (Keyword k : call.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        java.util.Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw c.error(CompileErrors.ASSIGN_TO_DEBUG, k);
            }
            if (!seen.add(k.arg())) {
                throw c.error("keyword argument repeated: " + k.arg(), k);
            }
        }
    }

    private static List<Object> keywordNames(List<Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        return names;
    }

    /**
     * Emits a call whose callable and self-or-NULL (and {@code n} more arguments) are on the
     * stack (CPython's compiler_call_helper).
     */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords, dev.taipan.ast.Located node) {
        validateKeywords(keywords);
        boolean ex = args.size() + keywords.size() * 2 > STACK_USE_GUARDRAIL;
        for (Expr a : args) {
            ex |= a instanceof Starred;
        }
        for (Keyword k : keywords) {
            ex |= k.arg() == null;
        }
        if (!ex) {
            for (Expr a : args) {
                visit(a);
            }
            if (!keywords.isEmpty()) {
                for (Keyword k : keywords) {
                    visit(k.value());
                }
                c.setLoc(node);
                c.loadConst(keywordNames(keywords));
                c.emit(CALL_KW, n + args.size() + keywords.size());
            } else {
                c.setLoc(node);
                c.emit(CALL, n + args.size());
            }
            return;
        }
        if (n == 0 && args.size() == 1 && args.get(0) instanceof Starred s) {
            visit(s.value());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (!keywords.isEmpty()) {
            int seen = 0;
            boolean haveDict = false;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (seen > 0) {
                        subkwargs(keywords, i - seen, i);
                        if (haveDict) {
                            c.emit(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        c.emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visit(k.value());
                    c.emit(DICT_MERGE, 1);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subkwargs(keywords, keywords.size() - seen, keywords.size());
                if (haveDict) {
                    c.emit(DICT_MERGE, 1);
                }
            }
        }
        c.setLoc(node);
        c.emit(CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Keyword k = keywords.get(i);
            c.loadConst(k.arg());
            visit(k.value());
        }
        c.emit(BUILD_MAP, end - begin);
    }
}
