"""Helpers shared by the unittest modules: short reprs and element counting."""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(text, keep_front, keep_back):
    # Elide the middle of a long text, saying how much went.
    dropped = len(text) - keep_front - keep_back
    if dropped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (text[:keep_front], dropped, text[len(text) - keep_back:])
    return text


def _common_prefix(texts):
    if not texts:
        return ''
    low, high = min(texts), max(texts)
    for i, ch in enumerate(low):
        if ch != high[i]:
            return low[:i]
    return low


def _common_shorten_repr(*args):
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    prefix_len = len(prefix)
    common_len = _MAX_LENGTH - (longest - prefix_len + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[prefix_len:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[prefix_len:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Items only in expected and items only in actual, both lists sorted."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference, for items that cannot be sorted (quadratic)."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_in_order(items):
    counts = {}
    for elem in items:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ."""
    first, second = _count_in_order(actual), _count_in_order(expected)
    result = []
    for elem, count in first.items():
        other = second.get(elem, 0)
        if count != other:
            result.append((count, other, elem))
    for elem, count in second.items():
        if elem not in first:
            result.append((0, count, elem))
    return result


def _count_diff_all_purpose(actual, expected):
    """The same as _count_diff_hashable for unhashable elements, by equality alone."""
    first, second = list(actual), list(expected)
    done = object()
    result = []
    for i, elem in enumerate(first):
        if elem is done:
            continue
        count_first = count_second = 0
        for j in range(i, len(first)):
            if first[j] == elem:
                count_first += 1
                first[j] = done
        for j, other in enumerate(second):
            if other == elem:
                count_second += 1
                second[j] = done
        if count_first != count_second:
            result.append((count_first, count_second, elem))
    for i, elem in enumerate(second):
        if elem is done:
            continue
        count_second = 0
        for j in range(i, len(second)):
            if second[j] == elem:
                count_second += 1
                second[j] = done
        result.append((0, count_second, elem))
    return result
