"""WeakSet: a set whose members are held through weak references."""

import _weakref
from types import GenericAlias

__all__ = ['WeakSet']


def _ref():
    from weakref import ref
    return ref


class WeakSet:
    def __init__(self, data=None):
        ref = _ref()
        self_ref = ref(self)

        def remove(wr):
            s = self_ref()
            if s is not None:
                if s._iterating:
                    s._pending.append(wr)
                else:
                    s.data.discard(wr)

        self._ref = ref
        self._remove = remove
        self._iterating = 0
        self._pending = []
        self.data = set()
        if data is not None:
            self.update(data)

    def _flush(self):
        while self._pending:
            self.data.discard(self._pending.pop())

    def __iter__(self):
        self._iterating += 1
        try:
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._flush()

    def __len__(self):
        _weakref._poll()
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = self._ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):
        self.data.add(self._ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(self._ref(item))

    def discard(self, item):
        self.data.discard(self._ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(self._ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(self._ref, other))

    def issuperset(self, other):
        return self.data.issuperset(self._ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(self._ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(self._ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)
