# atexit: registration, unregistration, LIFO order at interpreter exit, _run_exitfuncs.
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def failing():
    raise ValueError("reported on stderr, ignored")


print(atexit.register(show, 1, key="v") is show)
print(atexit._ncallbacks())
atexit._clear()
print(atexit._ncallbacks())

for bad in (1, None):
    try:
        atexit.register(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)

# _run_exitfuncs runs the callbacks last first and forgets them.
atexit.register(print, "first registered")
atexit.register(print, "second registered")
atexit._run_exitfuncs()
print("after run:", atexit._ncallbacks())

# unregister removes every registration of an equal function; None when absent.
atexit.register(show, "removed")
atexit.register(failing)
atexit.register(show, "removed again")
print(atexit.unregister(show), atexit.unregister(len))
atexit._run_exitfuncs()


@atexit.register
def at_exit_last():
    print("runs last (registered first)")


atexit.register(show, "runs second", n=2)
atexit.register(failing)
atexit.register(print, "runs first")
print("end of program")
