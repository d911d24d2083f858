package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.interp.specialize.Adaptive;
import dev.taipan.interp.specialize.BinaryOpFamily;
import dev.taipan.interp.specialize.CompareOpFamily;
import dev.taipan.interp.specialize.ForIterFamily;
import dev.taipan.interp.specialize.LoadAttrFamily;
import dev.taipan.interp.specialize.SubscrFamily;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;

import static dev.taipan.code.Opcode.*;

/**
 * The eval loop: runs a {@link Frame} until it returns, yields or raises.
 *
 * <p>One {@code switch} over the opcode of each instruction word. Every case does the common
 * path in a line or two and calls a static helper ({@link EvalOps}, {@link Calls},
 * {@link Unwind}) for anything longer, so the method stays far below HotSpot's 8000-byte limit
 * for compilation; {@code EvalLoopSizeTest} checks it. Exceptions unwind through the code's
 * exception table: the handler's stack depth is restored, the exception pushed, and the loop
 * goes on at the handler.
 *
 * <p>The loop runs the frame's adaptive copy of the instructions ({@link Adaptive}), not the
 * shared code object's: generic instructions of the specializing families count their runs in
 * their family helper ({@code dev.taipan.interp.specialize}) and rewrite themselves into
 * specialized forms, whose cases here are one call each to a guarded fast path.
 */
final class Eval {
    private Eval() {
    }

    /**
     * Runs {@code f} from its current instruction.
     *
     * @param ts     the running thread's state
     * @param f      the frame; {@code f.back} is set to the caller's frame by the caller
     * @param thrown an exception to raise at the current instruction first (a generator's
     *               {@code throw()}), or null
     * @return the returned or yielded value; a yield leaves {@code f.finished} false
     */
    static PyObject run(ThreadState ts, Frame f, PyException thrown) {
        final CodeObject code = f.code;
        final Adaptive ad = f.adaptive;
        final int[] words = ad.words;
        final PyObject[] consts = f.consts;
        final PyObject[] s = f.slots;
        int ip = f.ip;
        int sp = f.sp;
        PyException pending = thrown;
        ts.enter(f);
        try {
            for (;;) {
                try {
                    if (pending != null) {
                        PyException e = pending;
                        pending = null;
                        throw e;
                    }
                    for (;;) {
                        final int w = words[ip++];
                        final int arg = w >>> 8;
                        switch (w & 0xff) {
                            case NOP, RESUME -> { }
                            case POP_TOP -> s[--sp] = null;
                            case PUSH_NULL -> s[sp++] = null;
                            case COPY -> { s[sp] = s[sp - arg]; sp++; }
                            case SWAP -> { PyObject t = s[sp - 1]; s[sp - 1] = s[sp - arg]; s[sp - arg] = t; }
                            case LOAD_CONST -> s[sp++] = consts[arg];
                            case RETURN_VALUE -> { f.finished = true; return s[--sp]; }
                            case RETURN_CONST -> { f.finished = true; return consts[arg]; }

                            case LOAD_FAST -> {
                                PyObject v = s[arg];
                                if (v == null) {
                                    throw EvalOps.unboundLocal(code, arg);
                                }
                                s[sp++] = v;
                            }
                            case STORE_FAST -> s[arg] = s[--sp];
                            case DELETE_FAST -> { if (s[arg] == null) throw EvalOps.unboundLocal(code, arg); s[arg] = null; }
                            case LOAD_FAST_AND_CLEAR -> { s[sp++] = s[arg]; s[arg] = null; }
                            case LOAD_DEREF -> s[sp++] = EvalOps.loadDeref(code, s, arg);
                            case STORE_DEREF -> ((PyCell) s[arg]).content = s[--sp];
                            case DELETE_DEREF -> EvalOps.deleteDeref(code, s, arg);
                            case LOAD_CLOSURE -> s[sp++] = s[arg];
                            case MAKE_CELL -> s[arg] = new PyCell(s[arg]);
                            case COPY_FREE_VARS -> EvalOps.copyFreeVars(f);
                            case LOAD_NAME -> s[sp++] = EvalOps.loadName(f, arg);
                            case STORE_NAME -> EvalOps.storeName(f, arg, s[--sp]);
                            case DELETE_NAME -> EvalOps.deleteName(f, arg);
                            case LOAD_GLOBAL -> s[sp++] = EvalOps.loadGlobalAdaptive(f, ad, ip - 1, arg);
                            case LOAD_GLOBAL_MODULE -> s[sp++] = EvalOps.loadGlobalModule(f, ad, ip - 1, arg);
                            case LOAD_GLOBAL_BUILTIN -> s[sp++] = EvalOps.loadGlobalBuiltin(f, ad, ip - 1, arg);
                            case STORE_GLOBAL -> EvalOps.storeGlobal(f, arg, s[--sp]);
                            case DELETE_GLOBAL -> EvalOps.deleteGlobal(f, arg);
                            case LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = EvalOps.loadFromDictOrGlobals(f, s[sp - 1], arg);
                            case LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = EvalOps.loadFromDictOrDeref(f, s[sp - 1], arg);
                            case LOAD_LOCALS -> s[sp++] = EvalOps.loadLocals(f);

                            case LOAD_ATTR -> s[sp - 1] = LoadAttrFamily.loadAttr(ad, ip - 1, s[sp - 1], f.names[arg]);
                            case LOAD_ATTR_INSTANCE_VALUE -> s[sp - 1] = LoadAttrFamily.loadInstanceValue(ad, ip - 1, s[sp - 1], f.names[arg]);
                            case LOAD_METHOD -> { sp = LoadAttrFamily.loadMethod(ad, ip - 1, s, sp, f.names[arg]); }
                            case LOAD_METHOD_WITH_VALUES -> { sp = LoadAttrFamily.loadMethodWithValues(ad, ip - 1, s, sp, f.names[arg]); }
                            case LOAD_METHOD_NO_DICT -> { sp = LoadAttrFamily.loadMethodNoDict(ad, ip - 1, s, sp, f.names[arg]); }
                            case LOAD_METHOD_INSTANCE_ATTR -> { sp = LoadAttrFamily.loadMethodInstanceAttr(ad, ip - 1, s, sp, f.names[arg]); }
                            case STORE_ATTR -> { LoadAttrFamily.storeAttr(ad, ip - 1, s[sp - 1], f.names[arg], s[sp - 2]); s[--sp] = null; s[--sp] = null; }
                            case STORE_ATTR_INSTANCE_VALUE -> { LoadAttrFamily.storeInstanceValue(ad, ip - 1, s[sp - 1], f.names[arg], s[sp - 2]); s[--sp] = null; s[--sp] = null; }
                            case DELETE_ATTR -> { Abstract.delAttr(s[sp - 1], code.names()[arg]); s[--sp] = null; }
                            case LOAD_SUPER_ATTR -> { sp = EvalOps.loadSuperAttr(f, s, sp, arg); }

                            case BINARY_OP -> { PyObject r = BinaryOpFamily.generic(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_ADD_INT -> { PyObject r = BinaryOpFamily.addInt(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_SUB_INT -> { PyObject r = BinaryOpFamily.subInt(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_MUL_INT -> { PyObject r = BinaryOpFamily.mulInt(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_INT -> { PyObject r = BinaryOpFamily.intOp(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_ADD_FLOAT -> { PyObject r = BinaryOpFamily.addFloat(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_SUB_FLOAT -> { PyObject r = BinaryOpFamily.subFloat(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_MUL_FLOAT -> { PyObject r = BinaryOpFamily.mulFloat(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_OP_ADD_STR -> { PyObject r = BinaryOpFamily.addStr(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case UNARY_NEGATIVE -> s[sp - 1] = Abstract.neg(s[sp - 1]);
                            case UNARY_POSITIVE -> s[sp - 1] = Abstract.pos(s[sp - 1]);
                            case UNARY_INVERT -> s[sp - 1] = Abstract.invert(s[sp - 1]);
                            case UNARY_NOT -> s[sp - 1] = s[sp - 1] == PyBool.TRUE ? PyBool.FALSE : PyBool.TRUE;
                            case TO_BOOL -> s[sp - 1] = PyBool.of(Abstract.isTrue(s[sp - 1]));
                            case COMPARE_OP -> { PyObject r = CompareOpFamily.generic(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case COMPARE_OP_INT -> { PyObject r = CompareOpFamily.compareInt(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case COMPARE_OP_FLOAT -> { PyObject r = CompareOpFamily.compareFloat(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case COMPARE_OP_STR -> { PyObject r = CompareOpFamily.compareStr(ad, ip - 1, s[sp - 2], s[sp - 1], arg); s[--sp] = null; s[sp - 1] = r; }
                            case IS_OP -> { boolean r = (s[sp - 2] == s[sp - 1]) != (arg != 0); s[--sp] = null; s[sp - 1] = PyBool.of(r); }
                            case CONTAINS_OP -> { boolean r = Abstract.contains(s[sp - 1], s[sp - 2]) != (arg != 0); s[--sp] = null; s[sp - 1] = PyBool.of(r); }

                            case BINARY_SUBSCR -> { PyObject r = SubscrFamily.generic(ad, ip - 1, s[sp - 2], s[sp - 1]); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_SUBSCR_LIST_INT -> { PyObject r = SubscrFamily.listInt(ad, ip - 1, s[sp - 2], s[sp - 1]); s[--sp] = null; s[sp - 1] = r; }
                            case BINARY_SUBSCR_DICT -> { PyObject r = SubscrFamily.dict(ad, ip - 1, s[sp - 2], s[sp - 1]); s[--sp] = null; s[sp - 1] = r; }
                            case STORE_SUBSCR -> { Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]); sp = EvalOps.clear(s, sp, 3); }
                            case DELETE_SUBSCR -> { Abstract.delItem(s[sp - 2], s[sp - 1]); sp = EvalOps.clear(s, sp, 2); }
                            case BINARY_SLICE -> { PyObject r = EvalOps.getSlice(s[sp - 3], s[sp - 2], s[sp - 1]); sp = EvalOps.clear(s, sp, 2); s[sp - 1] = r; }
                            case STORE_SLICE -> { EvalOps.setSlice(s[sp - 3], s[sp - 2], s[sp - 1], s[sp - 4]); sp = EvalOps.clear(s, sp, 4); }
                            case BUILD_SLICE -> { sp = EvalOps.buildSlice(s, sp, arg); }

                            case BUILD_TUPLE -> { sp = EvalOps.buildTuple(s, sp, arg); }
                            case BUILD_LIST -> { sp = EvalOps.buildList(s, sp, arg); }
                            case BUILD_SET -> { sp = EvalOps.buildSet(s, sp, arg); }
                            case BUILD_MAP -> { sp = EvalOps.buildMap(s, sp, arg); }
                            case BUILD_CONST_KEY_MAP -> { sp = EvalOps.buildConstKeyMap(s, sp, arg); }
                            case BUILD_STRING -> { sp = EvalOps.buildString(s, sp, arg); }
                            case LIST_APPEND -> { EvalOps.listAppend(s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }
                            case SET_ADD -> { EvalOps.setAdd(s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }
                            case MAP_ADD -> { EvalOps.mapAdd(s[sp - 2 - arg], s[sp - 2], s[sp - 1]); sp = EvalOps.clear(s, sp, 2); }
                            case LIST_EXTEND -> { EvalOps.listExtend(s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }
                            case SET_UPDATE -> { EvalOps.setUpdate(s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }
                            case DICT_UPDATE -> { EvalOps.dictUpdate(s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }
                            case DICT_MERGE -> { EvalOps.dictMerge(s[sp - 4 - arg], s[sp - 1 - arg], s[sp - 1]); s[--sp] = null; }

                            case CONVERT_VALUE -> s[sp - 1] = EvalOps.convertValue(s[sp - 1], arg);
                            case FORMAT_SIMPLE -> s[sp - 1] = EvalOps.formatSimple(s[sp - 1]);
                            case FORMAT_WITH_SPEC -> { PyObject r = Abstract.format(s[sp - 2], (dev.taipan.objects.PyStr) s[sp - 1]); s[--sp] = null; s[sp - 1] = r; }

                            case JUMP -> {
                                if (arg < ip && ts.pollRequested()) {
                                    f.ip = ip;
                                    ts.poll(f);
                                }
                                ip = arg;
                            }
                            case POP_JUMP_IF_FALSE -> { if (s[--sp] == PyBool.FALSE) ip = arg; s[sp] = null; }
                            case POP_JUMP_IF_TRUE -> { if (s[--sp] == PyBool.TRUE) ip = arg; s[sp] = null; }
                            case POP_JUMP_IF_NONE -> { if (s[--sp] == PyNone.NONE) ip = arg; s[sp] = null; }
                            case POP_JUMP_IF_NOT_NONE -> { if (s[--sp] != PyNone.NONE) ip = arg; s[sp] = null; }
                            case GET_ITER -> s[sp - 1] = Abstract.iter(s[sp - 1]);
                            case FOR_ITER -> {
                                PyObject next = ForIterFamily.generic(ad, ip - 1, s[sp - 1]);
                                if (next != null) {
                                    s[sp++] = next;
                                } else {
                                    s[--sp] = null;
                                    ip = arg;
                                }
                            }
                            case FOR_ITER_LIST -> {
                                PyObject next = ForIterFamily.list(ad, ip - 1, s[sp - 1]);
                                if (next != null) {
                                    s[sp++] = next;
                                } else {
                                    s[--sp] = null;
                                    ip = arg;
                                }
                            }
                            case FOR_ITER_RANGE -> {
                                PyObject next = ForIterFamily.range(ad, ip - 1, s[sp - 1]);
                                if (next != null) {
                                    s[sp++] = next;
                                } else {
                                    s[--sp] = null;
                                    ip = arg;
                                }
                            }

                            case CALL -> { f.ip = ip; sp = Calls.callAdaptive(ts, ad, ip - 1, s, sp, arg); }
                            case CALL_PY_EXACT_ARGS -> { f.ip = ip; sp = Calls.callPyExactArgs(ts, ad, ip - 1, s, sp, arg); }
                            case CALL_KW -> { f.ip = ip; sp = Calls.callKw(ts, s, sp, arg); }
                            case CALL_FUNCTION_EX -> { f.ip = ip; sp = Calls.callFunctionEx(s, sp, arg); }
                            case CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsic.call1(ts, f, arg, s[sp - 1]);
                            case CALL_INTRINSIC_2 -> { PyObject r = Intrinsic.call2(ts, f, arg, s[sp - 2], s[sp - 1]); s[--sp] = null; s[sp - 1] = r; }
                            case MAKE_FUNCTION -> s[sp - 1] = EvalOps.makeFunction(ts, f, s[sp - 1]);
                            case SET_FUNCTION_ATTRIBUTE -> { EvalOps.setFunctionAttribute(s[sp - 1], s[sp - 2], arg); s[sp - 2] = s[sp - 1]; s[--sp] = null; }
                            case LOAD_BUILD_CLASS -> s[sp++] = EvalOps.loadBuildClass(f);

                            case RAISE_VARARGS -> throw EvalOps.raise(ts, s, sp, arg);
                            case RERAISE -> { PyObject exc = s[--sp]; s[sp] = null; throw Unwind.reraise(ts, exc); }
                            case PUSH_EXC_INFO -> { PyObject e = s[sp - 1]; s[sp - 1] = ts.swapHandled(e); s[sp++] = e; }
                            case POP_EXCEPT -> { ts.setHandled(s[--sp]); s[sp] = null; }
                            case CHECK_EXC_MATCH -> s[sp - 1] = PyBool.of(EvalOps.exceptionMatches(s[sp - 2], s[sp - 1]));
                            case CHECK_EG_MATCH -> { EvalOps.checkEgMatch(s, sp); }
                            case LOAD_ASSERTION_ERROR -> s[sp++] = EvalOps.assertionError();
                            case BEFORE_WITH -> { sp = EvalOps.beforeWith(s, sp); }
                            case WITH_EXCEPT_START -> { s[sp] = EvalOps.withExceptStart(s, sp); sp++; }
                            case BEFORE_ASYNC_WITH -> { sp = Coroutines.beforeAsyncWith(s, sp); }

                            case RETURN_GENERATOR -> { f.ip = ip; f.sp = sp; return Coroutines.makeGenerator(ts, f); }
                            case YIELD_VALUE -> { f.ip = ip; f.sp = sp - 1; f.lasti = ip - 1; PyObject v = s[--sp]; s[sp] = null; return v; }
                            case SEND -> { f.ip = ip; ip = Coroutines.send(ts, f, s, sp, arg, ip); }
                            case END_SEND -> { s[sp - 2] = s[sp - 1]; s[--sp] = null; }
                            case GET_YIELD_FROM_ITER -> s[sp - 1] = Coroutines.getYieldFromIter(f, s[sp - 1]);
                            case GET_AWAITABLE -> s[sp - 1] = Coroutines.getAwaitable(s[sp - 1], arg);
                            case GET_AITER -> s[sp - 1] = Coroutines.getAIter(s[sp - 1]);
                            case GET_ANEXT -> { s[sp] = Coroutines.getANext(s[sp - 1]); sp++; }
                            case END_ASYNC_FOR -> { sp = Coroutines.endAsyncFor(ts, s, sp); }
                            case CLEANUP_THROW -> { sp = Coroutines.cleanupThrow(ts, s, sp); }

                            case IMPORT_NAME -> { f.ip = ip; PyObject m = Imports.importName(ts, f, arg, s[sp - 2], s[sp - 1]); s[--sp] = null; s[sp - 1] = m; }
                            case IMPORT_FROM -> { s[sp] = Imports.importFrom(ts, s[sp - 1], code.names()[arg]); sp++; }

                            case UNPACK_SEQUENCE -> { sp = EvalOps.unpackSequence(s, sp, arg); }
                            case UNPACK_EX -> { sp = EvalOps.unpackEx(s, sp, arg); }
                            case SETUP_ANNOTATIONS -> EvalOps.setupAnnotations(f);

                            case MATCH_CLASS -> { sp = Matching.matchClass(s, sp, arg); }
                            case MATCH_MAPPING -> { s[sp] = PyBool.of(Matching.isMapping(s[sp - 1])); sp++; }
                            case MATCH_SEQUENCE -> { s[sp] = PyBool.of(Matching.isSequence(s[sp - 1])); sp++; }
                            case MATCH_KEYS -> { s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]); sp++; }
                            case GET_LEN -> { s[sp] = EvalOps.getLen(s[sp - 1]); sp++; }

                            default -> throw EvalOps.badOpcode(code, ip - 1);
                        }
                    }
                } catch (PyException e) {
                    f.lasti = ip - 1;
                    int entry = Unwind.handle(ts, f, e);
                    if (entry < 0) {
                        f.finished = true;
                        f.sp = code.slotCount();
                        throw e;
                    }
                    int[] table = code.exceptionTable();
                    sp = EvalOps.clear(s, sp, sp - (code.slotCount() + table[entry + 3]));
                    if (table[entry + 4] != 0) {
                        s[sp++] = dev.taipan.objects.PyInt.of(ip - 1);
                    }
                    s[sp++] = e.getValue();
                    ip = table[entry + 2];
                } catch (StackOverflowError e) {
                    pending = Unwind.stackOverflow(ts);
                } catch (RuntimeException e) {
                    // A Java exception here is a bug in Taipan; Python sees it as SystemError.
                    pending = Unwind.javaError(e);
                }
            }
        } finally {
            ts.leave(f);
        }
    }
}
