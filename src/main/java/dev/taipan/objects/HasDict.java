package dev.taipan.objects;

/** An object with an instance dictionary ({@code __dict__}) used by generic attribute access. */
public interface HasDict {
    /**
     * Returns the instance dictionary, creating it on first use if the object does so.
     *
     * @return the dictionary, or {@code null} if this instance has none
     */
    PyDict getDict();

    /**
     * Replaces the instance dictionary ({@code obj.__dict__ = d}).
     *
     * @param dict the new dictionary
     */
    void setDict(PyDict dict);
}
