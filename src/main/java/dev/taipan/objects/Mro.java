package dev.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The C3 linearization that gives a class its method resolution order.
 *
 * <p>CPython: Objects/typeobject.c, mro_implementation and set_mro_error.
 */
final class Mro {
    private Mro() {
    }

    /**
     * Computes the MRO of a class with the given bases.
     *
     * @param type  the class being created
     * @param bases its direct bases, in order
     * @return the MRO, starting with {@code type}
     * @throws PyException TypeError when no consistent order exists or a base repeats
     */
    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 0) {
            return new PyType[] {type};
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class %s", bases[i].getName());
                }
            }
        }
        if (bases.length == 1) {
            // Single inheritance: the base's MRO with the type in front; no merge needed.
            PyType[] baseMro = bases[0].getMroArray();
            PyType[] mro = new PyType[baseMro.length + 1];
            mro[0] = type;
            System.arraycopy(baseMro, 0, mro, 1, baseMro.length);
            return mro;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.getMroArray())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                if (seq.isEmpty()) {
                    continue;
                }
                empty = false;
                PyType head = seq.get(0);
                if (!inTail(seqs, head)) {
                    candidate = head;
                    break;
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            if (candidate == null) {
                throw mroError(seqs);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> seq : seqs) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    // CPython: Objects/typeobject.c, set_mro_error: names the heads that could not be placed,
    // each once, in the order first met.
    private static PyException mroError(List<List<PyType>> seqs) {
        List<PyType> heads = new ArrayList<>();
        for (List<PyType> seq : seqs) {
            if (!seq.isEmpty() && !heads.contains(seq.get(0))) {
                heads.add(seq.get(0));
            }
        }
        StringBuilder sb = new StringBuilder(
                "Cannot create a consistent method resolution order (MRO) for bases");
        String sep = " ";
        for (PyType t : heads) {
            sb.append(sep).append(t.getName());
            sep = ", ";
        }
        return Errors.typeError("%s", sb.toString());
    }
}
