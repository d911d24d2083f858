# Loops with else, break/continue interacting with try/finally.

# --- case: for-else runs when no break
for i in range(3):
    pass
else:
    print("for finished", i)

# --- case: for-else skipped on break
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)

# --- case: while-else
n = 3
while n:
    n -= 1
else:
    print("while finished", n)
while True:
    break
else:
    print("not printed")

# --- case: else after empty loop
for x in []:
    print("never")
else:
    print("empty for else")

# --- case: search with for-else
def find(hay, needle):
    for idx, v in enumerate(hay):
        if v == needle:
            print("found at", idx)
            break
    else:
        print("missing", needle)
find([5, 6, 7], 6)
find([5, 6, 7], 8)

# --- case: continue skips rest of body
out = []
for i in range(6):
    if i % 2:
        continue
    out.append(i)
print(out)

# --- case: break inside try/finally runs finally
log = []
for i in range(5):
    try:
        if i == 2:
            break
        log.append(i)
    finally:
        log.append(f"f{i}")
print(log)

# --- case: continue inside try/finally runs finally
log = []
for i in range(3):
    try:
        continue
    finally:
        log.append(i)
print(log)

# --- case: break inside nested try/except/finally
log = []
while True:
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("except")
            break
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(log)

# --- case: continue in except and else of try inside loop
log = []
for i in range(4):
    try:
        if i % 2:
            raise KeyError(i)
    except KeyError:
        log.append(f"odd{i}")
        continue
    else:
        log.append(f"even{i}")
        continue
    log.append("unreachable")
print(log)

# --- case: nested loops break only inner
pairs = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        pairs.append((a, b))
    else:
        pairs.append("inner-else")
print(pairs)

# --- case: loop variable retains last value and modifying the list while iterating
items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
print(items, v)

# --- case: while with complex condition and else not run after break in finally-less try
k = 0
while k < 10:
    k += 1
    try:
        if k == 3:
            break
    except Exception:
        pass
else:
    print("no")
print("k", k)

# --- case: for over a dict that is mutated raises
d = {1: 1}
try:
    for key in d:
        d[key + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
