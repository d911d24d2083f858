# finally with return/break/continue overriding.

# --- case: return in finally overrides return in try
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())

# --- case: return in finally swallows exception
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())

# --- case: finally runs but does not override when it doesn't return
def f3():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(f3())

# --- case: finally mutation of returned mutable object is visible
def f4():
    lst = []
    try:
        return lst
    finally:
        lst.append("added in finally")
print(f4())

# --- case: break in finally swallows exception
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke with i={i}"
print(f5())

# --- case: continue in finally swallows exception and continues
def f6():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(f6())

# --- case: exception in finally replaces the original
def f7():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    f7()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# --- case: nested finally order
def f8():
    log = []
    try:
        try:
            try:
                return log
            finally:
                log.append(1)
        finally:
            log.append(2)
    finally:
        log.append(3)
print(f8())

# --- case: return value from except is overridden by finally
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("cleanup")
print(f9())

# --- case: generator finally on close
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen()
print(next(g))
g.close()

# --- case: finally in while True with return count
def f10():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(f10())

# --- case: sys.exc_info inside finally during exception
import sys
def f11():
    try:
        try:
            raise KeyError("k")
        finally:
            print("in finally:", sys.exc_info()[0])
    except KeyError:
        pass
    print("after:", sys.exc_info()[0])
f11()
