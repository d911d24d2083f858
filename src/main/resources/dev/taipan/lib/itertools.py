"""Functions creating iterators for efficient looping (itertools).

count, cycle, repeat, groupby and the tee iterators are written as classes;
each other tool is written as a factory returning a generator and then made a
class (see _iterator_type) so that isinstance() and subclassing work.  Arguments are checked,
and argument iterables are iterated, as eagerly as CPython does.
"""

import operator as _operator

__all__ = ["accumulate", "batched", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = (1 << 63) - 1


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes))


# ============================================================ infinite iterators

class count:
    """count(start=0, step=1) --> count object

    Return a count object whose .__next__() method returns consecutive values:
    start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return f"{name}({self._value!r})"
        return f"{name}({self._value!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._value, self._step)


class cycle:
    """cycle(iterable, /) --> cycle object

    Return elements from the iterable until it is exhausted, then repeat
    the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1  # -1 while the source is not yet exhausted

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for element in self._it:
                self._saved.append(element)
                return element
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        element = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _operator.index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times > 0:
            self._times = times - 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._times})"

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


# ============================================================ terminating on the shortest input

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), _operator.add if func is None else func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


def batched(iterable, n, *, strict=False):
    """Batch data into tuples of length n. The last batch may be shorter
    (or raise ValueError when strict is true)."""
    n = _operator.index(n)
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n, strict)


def _batched(it, n, strict):
    while True:
        batch = tuple(_islice(it, 0, n, 1))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError("batched(): incomplete batch")
        yield batch


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for element, selected in zip(data, selectors):
        if selected:
            yield element


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    return _filterfalse(bool if function is None else function, iter(iterable))


def _filterfalse(function, it):
    for element in it:
        if not function(element):
            yield element


_marker = object()


class groupby:
    """groupby(iterable, key=None) -> make an iterator that returns
    consecutive keys and groups from the iterable.  Advancing the groupby
    object makes the previous group unusable."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._token = None

    def __iter__(self):
        return self

    def _fetch(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._token = token = object()
        while True:
            if self._currkey is _marker:
                self._fetch()
            if self._tgtkey is _marker or not self._currkey == self._tgtkey:
                break
            self._currkey = self._currvalue = _marker
        self._tgtkey = key = self._currkey
        return key, self._grouper(key, token)

    def _grouper(self, key, token):
        while self._token is token:
            if self._currkey is _marker:
                try:
                    self._fetch()
                except StopIteration:
                    return
            if not self._currkey == key:
                return
            value = self._currvalue
            self._currkey = self._currvalue = _marker
            yield value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable, like a slice of a list but without negative indices."""
    nargs = len(args)
    if nargs == 1:
        start, stop, step = None, args[0], None
    elif 2 <= nargs <= 3:
        start, stop = args[0], args[1]
        step = args[2] if nargs == 3 else None
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {nargs + 1}"
                        if nargs > 3 else
                        f"islice expected at least 2 arguments, got {nargs + 1}")
    if stop is not None:
        try:
            stop = _operator.index(stop)
        except TypeError:
            stop = -1
        if not 0 <= stop <= _MAXSIZE:
            raise ValueError("Stop argument for islice() must be None or an "
                             "integer: 0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    else:
        try:
            start = _operator.index(start)
        except TypeError:
            start = -1
        if not 0 <= start <= _MAXSIZE:
            raise ValueError("Indices for islice() must be None or an "
                             "integer: 0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    else:
        try:
            step = _operator.index(step)
        except TypeError:
            step = 0
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    if stop is not None and stop <= start:
        # Skip the first start elements, as CPython does, then finish.
        for _ in zip(range(start), it):
            pass
        return
    next_index = start
    index = 0
    if stop is None:
        for element in it:
            if index == next_index:
                yield element
                next_index += step
            index += 1
    else:
        for index, element in zip(range(stop), it):
            if index == next_index:
                yield element
                next_index += step


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input:
    pairwise('ABCD') --> AB BC CD."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if predicate(element):
            yield element
        else:
            return


class _tee:
    """Iterator wrapped to make it copyable; the copies share a buffer."""

    def __init__(self, it, link):
        self._it = it
        self._link = link  # [value, next_link]; next_link None until fetched

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _operator.index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), "__copy__", None)
    first = it if copier is not None else _tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns tuples
    where missing values of shorter iterables are replaced by fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ============================================================ combinatorics

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _operator.index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(not pool for pool in pools):
        return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pool[k] for pool, k in zip(pools, indices))


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    used = [False] * n
    for i in indices:
        used[i] = True
    yield tuple(pool[i] for i in indices)
    while True:
        # Find the rightmost position whose index can grow to an unused value.
        pos = r - 1
        while pos >= 0:
            current = indices[pos]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                indices[pos] = candidate
                used[candidate] = True
                break
            pos -= 1
        if pos < 0:
            return
        # Fill the rest with the smallest unused indices, ascending.
        candidate = 0
        for fill in range(pos + 1, r):
            while used[candidate]:
                candidate += 1
            indices[fill] = candidate
            used[candidate] = True
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[i] for i in indices)


# ============================================================ the tools as types

def _next_from_generator(self):
    return next(self._gen)


def _iter_generator(self):
    # Handing the generator itself to for loops, list() and the like keeps
    # them at generator speed (a Python-level __next__ per item costs several
    # times more); both share one state, so mixing next() and iteration
    # stays consistent.  The price: iter(x) is x is false for these tools.
    # A subclass that overrides __next__ is iterated through it.
    if type(self).__next__ is _next_from_generator:
        return self._gen
    return self


def _iterator_type(factory):
    """A class named like factory whose instances iterate over the generator
    factory returns for the constructor's arguments."""
    name = factory.__name__

    def __new__(cls, /, *args, **kwargs):
        self = object.__new__(cls)
        self._gen = factory(*args, **kwargs)
        return self

    __new__.__qualname__ = f"{name}.__new__"
    return type(name, (), {
        "__new__": __new__,
        "__iter__": _iter_generator,
        "__next__": _next_from_generator,
        "__doc__": factory.__doc__,
        "__module__": __name__,
        "__slots__": ("_gen",),
    })


def _chain_no_keywords(*iterables, **kwargs):
    if kwargs:
        raise TypeError("chain() takes no keyword arguments")
    return _chain(iterables)


_chain_no_keywords.__name__ = "chain"
_chain_no_keywords.__doc__ = chain.__doc__

accumulate = _iterator_type(accumulate)
batched = _iterator_type(batched)
chain = _iterator_type(_chain_no_keywords)
combinations = _iterator_type(combinations)
combinations_with_replacement = _iterator_type(combinations_with_replacement)
compress = _iterator_type(compress)
dropwhile = _iterator_type(dropwhile)
filterfalse = _iterator_type(filterfalse)
islice = _iterator_type(islice)
pairwise = _iterator_type(pairwise)
permutations = _iterator_type(permutations)
product = _iterator_type(product)
starmap = _iterator_type(starmap)
takewhile = _iterator_type(takewhile)
zip_longest = _iterator_type(zip_longest)


def _from_iterable(cls, iterable, /):
    """Alternative chain() constructor taking a single iterable argument
    that evaluates lazily."""
    self = object.__new__(cls)
    self._gen = _chain(iterable)
    return self


def _chain_class_getitem(cls, item, /):
    """See PEP 585"""
    return type(list[int])(cls, item)


chain.from_iterable = classmethod(_from_iterable)
chain.__class_getitem__ = classmethod(_chain_class_getitem)
del _chain_no_keywords, _from_iterable, _chain_class_getitem
