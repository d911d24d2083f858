package dev.taipan.interp;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A per-thread value owned by one interpreter that does not keep the interpreter alive.
 *
 * <p>A plain {@link ThreadLocal}'s value is reachable from its thread for as long as the thread
 * lives. Values that reach an interpreter (thread states, decimal contexts, {@code threading.local}
 * dicts) would then pin every engine a pooled host thread ever ran in. Here the thread holds the
 * value only weakly; the owner holds it strongly, in a map that forgets a thread once the thread is
 * gone. So the value lives while both its thread and its owner do.
 *
 * @param <V> the value type; a value must not refer to its thread
 */
public final class WeakThreadLocal<V> {
    private final ThreadLocal<WeakReference<V>> refs = new ThreadLocal<>();
    private final Map<Thread, V> values = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The calling thread's value.
     *
     * @return the value, or null when the thread has none
     */
    public V get() {
        WeakReference<V> ref = refs.get();
        return ref != null ? ref.get() : null;
    }

    /**
     * Sets the calling thread's value.
     *
     * @param value the value, or null to remove it
     */
    public void set(V value) {
        if (value == null) {
            remove();
            return;
        }
        values.put(Thread.currentThread(), value);
        refs.set(new WeakReference<>(value));
    }

    /** Removes the calling thread's value. */
    public void remove() {
        values.remove(Thread.currentThread());
        refs.remove();
    }
}
