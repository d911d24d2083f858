package dev.taipan.interp;

import dev.taipan.code.Intrinsics;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyGenericAlias;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.PyUnionType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The runtime objects of PEP 695 type parameters and {@code type} statements: {@code TypeVar},
 * {@code ParamSpec}, {@code TypeVarTuple} and {@code TypeAliasType}, made by the compiler's
 * intrinsics. Bounds, constraints, defaults and alias values are evaluated lazily, as in CPython.
 */
final class TypeParams {
    private TypeParams() {
    }

    static PyObject call1(ThreadState ts, int which, PyObject arg) {
        return switch (which) {
            case Intrinsics.TYPEVAR -> new TypeParam(TypeParam.TYPEVAR_TYPE, arg.toString(), null, false);
            case Intrinsics.PARAMSPEC -> new TypeParam(ParamSpecKind.TYPE, arg.toString(), null, false);
            case Intrinsics.TYPEVARTUPLE -> new TypeParam(TypeVarTupleKind.TYPE, arg.toString(), null, false);
            case Intrinsics.SUBSCRIPT_GENERIC -> {
                PyObject typing = ts.interp.importModule("typing");
                yield Abstract.getItem(Abstract.getAttr(typing, "Generic"), arg);
            }
            case Intrinsics.TYPEALIAS -> {
                PyObject[] parts = ((PyTuple) arg).items();
                yield new TypeAlias(parts[0].toString(), parts[1], parts[2]);
            }
            default -> throw Errors.systemError("unknown intrinsic %d", which);
        };
    }

    static PyObject call2(ThreadState ts, int which, PyObject a, PyObject b) {
        return switch (which) {
            case Intrinsics.TYPEVAR_WITH_BOUND -> new TypeParam(TypeParam.TYPEVAR_TYPE, a.toString(), b, false);
            case Intrinsics.TYPEVAR_WITH_CONSTRAINTS -> new TypeParam(TypeParam.TYPEVAR_TYPE, a.toString(), b, true);
            case Intrinsics.SET_TYPEPARAM_DEFAULT -> {
                ((TypeParam) a).defaultThunk = b;
                yield a;
            }
            default -> throw Errors.systemError("unknown intrinsic %d", which);
        };
    }

    /** The {@code typing.ParamSpec} type of {@code **P} parameters. */
    @PyClass(name = "ParamSpec", module = "typing", baseType = false, methods = {TypeParamMembers.class})
    static final class ParamSpecKind {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ParamSpecKind.class, LOOKUP);

        private ParamSpecKind() {
        }
    }

    /** The {@code typing.TypeVarTuple} type of {@code *Ts} parameters. */
    @PyClass(name = "TypeVarTuple", module = "typing", baseType = false, methods = {TypeParamMembers.class})
    static final class TypeVarTupleKind {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(TypeVarTupleKind.class, LOOKUP);

        private TypeVarTupleKind() {
        }
    }

    /**
     * A type variable, parameter specification or variadic type variable of a PEP 695 parameter
     * list; {@link #getType()} tells which. Bounds, constraints and defaults are evaluated on
     * first access.
     */
    @PyClass(name = "TypeVar", module = "typing", baseType = false, methods = {TypeParamMembers.class})
    static final class TypeParam extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPEVAR_TYPE = PyType.fromClass(TypeParam.class, LOOKUP);

        private final PyType type;
        final String name;
        /** A function computing the bound or the constraints tuple, evaluated on first access. */
        private PyObject boundThunk;
        final boolean constraints;
        PyObject defaultThunk;
        private PyObject bound;

        TypeParam(PyType type, String name, PyObject boundThunk, boolean constraints) {
            this.type = type;
            this.name = name;
            this.boundThunk = boundThunk;
            this.constraints = constraints;
        }

        @Override
        public PyType getType() {
            return type;
        }

        PyObject evaluated() {
            if (bound == null && boundThunk != null) {
                bound = boundThunk.call();
                boundThunk = null;
            }
            return bound;
        }
    }

    /** What the three kinds of type parameter share. PEP 695 parameters infer their variance. */
    static final class TypeParamMembers {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private TypeParamMembers() {
        }

        @PyGetter
        static PyObject __name__(TypeParam self) {
            return PyStr.of(self.name);
        }

        @PyGetter
        static PyObject __bound__(TypeParam self) {
            PyObject b = self.constraints ? null : self.evaluated();
            return b == null ? PyNone.NONE : b;
        }

        @PyGetter
        static PyObject __constraints__(TypeParam self) {
            PyObject c = self.constraints ? self.evaluated() : null;
            return c == null ? PyTuple.EMPTY : c;
        }

        @PyGetter
        static PyObject __default__(TypeParam self) {
            return self.defaultThunk == null ? PyNone.NONE : self.defaultThunk.call();
        }

        @PyGetter
        static PyObject __infer_variance__(TypeParam self) {
            return PyBool.TRUE;
        }

        @PyMethod
        static PyObject __repr__(TypeParam self) {
            return PyStr.of(self.name);
        }

        @PyMethod
        static PyObject __or__(TypeParam self, PyObject other) {
            return PyUnionType.or(self, other);
        }

        @PyMethod
        static PyObject __ror__(TypeParam self, PyObject other) {
            return PyUnionType.or(other, self);
        }
    }

    /** The value of a {@code type X = ...} statement. */
    @PyClass(name = "TypeAliasType", module = "typing", baseType = false)
    static final class TypeAlias extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(TypeAlias.class, LOOKUP);

        private final String name;
        private final PyObject typeParams;
        private PyObject valueThunk;
        private PyObject value;

        TypeAlias(String name, PyObject typeParams, PyObject valueThunk) {
            this.name = name;
            this.typeParams = typeParams;
            this.valueThunk = valueThunk;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyGetter
        PyObject __name__() {
            return PyStr.of(name);
        }

        @PyGetter
        PyObject __type_params__() {
            return typeParams == PyNone.NONE ? PyTuple.EMPTY : typeParams;
        }

        @PyGetter
        PyObject __value__() {
            if (value == null) {
                value = valueThunk.call();
                valueThunk = null;
            }
            return value;
        }

        @PyMethod
        PyObject __repr__() {
            return PyStr.of(name);
        }

        @PyMethod
        PyObject __getitem__(PyObject args) {
            if (typeParams == PyNone.NONE || ((PyTuple) typeParams).items().length == 0) {
                throw Errors.typeError("Only generic type aliases are subscriptable");
            }
            return new PyGenericAlias(this, args instanceof PyTuple ? args : PyTuple.of(args));
        }

        @PyMethod
        PyObject __or__(PyObject other) {
            return PyUnionType.or(this, other);
        }

        @PyMethod
        PyObject __ror__(PyObject other) {
            return PyUnionType.or(other, this);
        }
    }
}
