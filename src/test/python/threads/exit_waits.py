# The program ends only after its non-daemon threads; daemon threads do not hold it up,
# and threading._register_atexit callbacks run first.
import threading
import time

def late():
    time.sleep(0.05)
    print("non-daemon thread finished")

threading._register_atexit(print, "atexit callback")
threading.Thread(target=late).start()
threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
print("main done")
