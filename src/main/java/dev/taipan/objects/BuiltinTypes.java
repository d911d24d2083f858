package dev.taipan.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The registry of every builtin type the object model defines, immutable once built.
 *
 * <p>Touching this class initializes all builtin types in one fixed order, on one thread; the
 * interpreter should do so before starting engines so that concurrent first use cannot meet
 * class-initialization cycles between types. A new builtin type adds one line here.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    /** Every builtin type, bootstrap types first, then exceptions. */
    public static final List<PyType> ALL = build();

    private static List<PyType> build() {
        List<PyType> all = new ArrayList<>(List.of(
                PyType.OBJECT_TYPE, PyType.TYPE,
                PyMethodDescr.TYPE, PyMethodWrapper.DESCR_TYPE, PyMethodWrapper.TYPE,
                PyClassMethodDescr.TYPE, PyGetSetDescr.TYPE,
                PyMemberDescr.TYPE, PyBuiltinFunction.TYPE, PyBoundMethod.TYPE,
                PyStaticMethodObject.TYPE, PyClassMethodObject.TYPE, PyProperty.TYPE,
                PyNone.TYPE, PyNotImplemented.TYPE, PyEllipsis.TYPE,
                PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE,
                PyByteArray.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, PySlice.TYPE, PyRange.TYPE, PyGenericAlias.TYPE, PyUnionType.TYPE,
                PyMappingProxy.TYPE,
                PySeqIter.TYPE, PyListIterator.TYPE, PyListIterator.Reverse.TYPE,
                PyListIterator.TupleIterator.TYPE, PyStrIterator.TYPE, PySetIterator.TYPE,
                PyBytesIterator.TYPE, PyBytesIterator.ByteArrayIterator.TYPE,
                PyRange.Iterator.TYPE,
                DictViews.Keys.TYPE, DictViews.Values.TYPE, DictViews.Items.TYPE,
                DictViews.KeyIterator.TYPE, DictViews.ValueIterator.TYPE,
                DictViews.ItemIterator.TYPE, DictViews.ReverseKeyIterator.TYPE,
                DictViews.ReverseValueIterator.TYPE, DictViews.ReverseItemIterator.TYPE));
        all.addAll(ExceptionTypes.ALL);
        return Collections.unmodifiableList(all);
    }
}
