"""Bisection algorithms for sorted lists (bisect module)."""

__all__ = ["bisect_left", "bisect_right", "insort_left", "insort_right",
           "bisect", "insort"]


def _check_bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted list a, after any entries
    equal to x.  key, if given, is applied to the items of a (not to x)."""
    hi = _check_bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted list a, before any entries
    equal to x.  key, if given, is applied to the items of a (not to x)."""
    hi = _check_bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a, after any entries equal to x."""
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a, before any entries equal to x."""
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
