# gc: the collector interface as CPython 3.13 (memory itself is the JVM's on Taipan)
import gc
import weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(),
            lambda: gc.set_threshold(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(gc.get_count()), all(isinstance(n, int) for n in gc.get_count()))
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.garbage, type(gc.callbacks).__name__)


class Thing:
    pass


x = 7
for obj in [1, 2.0, "s", b"b", None, True, 1j, (), ([],), [], {}, {"a": 1}, {"a": []}, set(), Thing(), Thing, len,
            gc, lambda: 0]:
    print(type(obj).__name__, gc.is_tracked(obj))
print(gc.is_finalized(Thing()))

phases = []


def watcher(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(watcher)
gc.collect()
gc.collect(1)
gc.callbacks.remove(watcher)
print(phases)

# collect() runs the callbacks of weak references to collected objects
events = []
t = Thing()
r = weakref.ref(t, lambda wr: events.append("collected"))
del t
gc.collect()
print(events, r())
print(isinstance(gc.get_objects(), list), isinstance(gc.get_referrers(r), list), isinstance(gc.get_referents([]), list))
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print(e)
