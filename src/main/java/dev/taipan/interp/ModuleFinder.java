package dev.taipan.interp;

import dev.taipan.objects.PyObject;

/**
 * Finds modules that neither the native modules nor {@code sys.path} have, such as the Java
 * packages an embedding host lets scripts import. The import system consults an interpreter's
 * finder last, and puts what it returns in {@code sys.modules}.
 */
@FunctionalInterface
public interface ModuleFinder {
    /**
     * Finds a module.
     *
     * @param fullName the absolute dotted name
     * @return the module, or null when there is none of that name
     */
    PyObject find(String fullName);
}
