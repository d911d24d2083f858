# The program ends only after its non-daemon threads; daemon threads do not hold it up,
# and threading._register_atexit callbacks run first (the late thread waits for one, so the
# order does not depend on timing).
import threading
import time

go = threading.Event()

def late():
    go.wait()
    print("non-daemon thread finished")

def at_exit():
    print("atexit callback")
    go.set()

threading._register_atexit(at_exit)
threading.Thread(target=late).start()
threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
print("main done")
