"""Heap queue algorithm (heapq module).

A heap is a list in which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k,
so a[0] is always the smallest item.  These functions keep that invariant.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_up(heap, start, pos):
    """Moves heap[pos] towards the root (index start) while it is smaller
    than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Moves the smaller child up into the hole at pos until reaching a
    leaf, then sifts the displaced item back up (fewer comparisons)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def _sift_up_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, start, pos)


def _type_name(value):
    # CPython's argument errors name None itself rather than NoneType.
    return "None" if value is None else type(value).__name__


def heappush(heap, item, /):
    """Pushes item onto heap, keeping the heap invariant."""
    if not isinstance(heap, list):
        raise TypeError(f"heappush() argument 1 must be list, not {_type_name(heap)}")
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pops and returns the smallest item of heap."""
    if not isinstance(heap, list):
        raise TypeError(f"heappop() argument must be list, not {_type_name(heap)}")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pops the smallest item, then pushes item; the heap must not be empty."""
    if not isinstance(heap, list):
        raise TypeError(f"heapreplace() argument 1 must be list, not {_type_name(heap)}")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes item, then pops the smallest item (faster than the two calls)."""
    if not isinstance(heap, list):
        raise TypeError(f"heappushpop() argument 1 must be list, not {_type_name(heap)}")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x, /):
    """Turns the list x into a heap, in place, in linear time."""
    if not isinstance(x, list):
        raise TypeError(f"heapify() argument must be list, not {_type_name(x)}")
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator, lazily.  Equal
    items come out in the order of the iterables they came from."""
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([key(value) if key else value, order if not reverse else -order,
                            value, it])
            break
    if not reverse:
        push_down, init = _sift_down, heapify
    else:
        push_down, init = _sift_down_max, _heapify_max
    # Entries compare by (key, order); order breaks ties so values are never compared.
    init(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = key(value) if key else value
            entry[2] = value
            push_down(entries, 0)
            break
        else:
            last = entries.pop()
            entries[0] = last
            push_down(entries, 0)
    if entries:
        _, _, value, it = entries[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first; equivalent to
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n best (key, order, value) seen so far.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(n), it):
        heap.append((key(value) if key else value, order, value))
    if not heap:
        return []
    _heapify_max(heap)
    order = n
    for value in it:
        k = key(value) if key else value
        if k < heap[0][0]:
            _heapreplace_max(heap, (k, order, value))
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first; equivalent to
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best (key, -order, value): earlier items win ties.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(n), it):
        heap.append((key(value) if key else value, -order, value))
    if not heap:
        return []
    heapify(heap)
    order = -n
    for value in it:
        k = key(value) if key else value
        if heap[0][0] < k:
            heapreplace(heap, (k, order, value))
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
