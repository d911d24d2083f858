"""Kernel density estimation for statistics.kde and statistics.kde_random.

Kept apart from statistics so that importing statistics stays cheap. Each kernel is described by
its density, its cumulative distribution, the inverse of that distribution (for sampling) and the
half-width of its support (None when the support is unbounded).
"""

import math
from bisect import bisect_left, bisect_right

_SQRT2 = math.sqrt(2.0)
_SQRT_TAU = math.sqrt(math.tau)


def _normal_pdf(t):
    return math.exp(-0.5 * t * t) / _SQRT_TAU


def _normal_cdf(t):
    return 0.5 * (1.0 + math.erf(t / _SQRT2))


def _normal_invcdf(p):
    from statistics import _normal_dist_inv_cdf
    return _normal_dist_inv_cdf(p, 0.0, 1.0)


def _triangular_invcdf(p):
    if p < 0.5:
        return math.sqrt(2.0 * p) - 1.0
    return 1.0 - math.sqrt(2.0 - 2.0 * p)


def _solve_cdf(cdf, pdf, p):
    """Inverts a smooth cdf on [-1, 1] by Newton steps guarded with bisection."""
    low, high = -1.0, 1.0
    t = 2.0 * p - 1.0
    for _ in range(100):
        error = cdf(t) - p
        if error == 0.0:
            return t
        if error > 0.0:
            high = t
        else:
            low = t
        slope = pdf(t)
        candidate = t - error / slope if slope else low - 1.0
        if not low < candidate < high:
            candidate = (low + high) / 2.0
        if candidate == t:
            return t
        t = candidate
    return t


def _quartic_pdf(t):
    return 15.0 / 16.0 * (1.0 - t * t) ** 2


def _quartic_cdf(t):
    return 3.0 / 16.0 * t ** 5 - 5.0 / 8.0 * t ** 3 + 15.0 / 16.0 * t + 0.5


def _triweight_pdf(t):
    return 35.0 / 32.0 * (1.0 - t * t) ** 3


def _triweight_cdf(t):
    return 35.0 / 32.0 * (-1.0 / 7.0 * t ** 7 + 3.0 / 5.0 * t ** 5 - t ** 3 + t) + 0.5


_NORMAL = (_normal_pdf, _normal_cdf, _normal_invcdf, None)
_RECTANGULAR = (lambda t: 0.5, lambda t: 0.5 * t + 0.5, lambda p: 2.0 * p - 1.0, 1.0)
_PARABOLIC = (lambda t: 0.75 * (1.0 - t * t),
              lambda t: -0.25 * t ** 3 + 0.75 * t + 0.5,
              lambda p: 2.0 * math.cos((math.acos(2.0 * p - 1.0) + math.pi) / 3.0),
              1.0)
_QUARTIC = (_quartic_pdf, _quartic_cdf,
            lambda p: _solve_cdf(_quartic_cdf, _quartic_pdf, p), 1.0)

_KERNELS = {
    'normal': _NORMAL,
    'gauss': _NORMAL,
    'logistic': (lambda t: 0.5 / (1.0 + math.cosh(t)),
                 lambda t: 1.0 - 1.0 / (math.exp(t) + 1.0),
                 lambda p: math.log(p / (1.0 - p)),
                 None),
    'sigmoid': (lambda t: 1.0 / math.pi / math.cosh(t),
                lambda t: 2.0 / math.pi * math.atan(math.exp(t)),
                lambda p: math.log(math.tan(p * math.pi / 2.0)),
                None),
    'rectangular': _RECTANGULAR,
    'uniform': _RECTANGULAR,
    'triangular': (lambda t: 1.0 - abs(t),
                   lambda t: t * t * (0.5 if t < 0.0 else -0.5) + t + 0.5,
                   _triangular_invcdf,
                   1.0),
    'parabolic': _PARABOLIC,
    'epanechnikov': _PARABOLIC,
    'quartic': _QUARTIC,
    'biweight': _QUARTIC,
    'triweight': (_triweight_pdf, _triweight_cdf,
                  lambda p: _solve_cdf(_triweight_cdf, _triweight_pdf, p), 1.0),
    'cosine': (lambda t: math.pi / 4.0 * math.cos(math.pi * t / 2.0),
               lambda t: 0.5 * math.sin(math.pi * t / 2.0) + 0.5,
               lambda p: 2.0 * math.asin(2.0 * p - 1.0) / math.pi,
               1.0),
}


def _lookup(kernel, error):
    try:
        return _KERNELS[kernel]
    except (KeyError, TypeError):
        raise error(f'Unknown kernel name: {kernel!r}') from None


def make_kde(data, h, kernel, cumulative, error):
    """The density (or, with cumulative, distribution) function estimated from data."""
    count = len(data)
    if not count:
        raise error('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise error(f'Bandwidth h must be positive, not {h=!r}')
    pdf_kernel, cdf_kernel, _, support = _lookup(kernel, error)
    if support is None:
        if cumulative:
            def cdf(x):
                return sum(cdf_kernel((x - x_i) / h) for x_i in data) / len(data)
            estimate = cdf
        else:
            def pdf(x):
                return sum(pdf_kernel((x - x_i) / h) for x_i in data) / (len(data) * h)
            estimate = pdf
    else:
        state = [count, sorted(data)]
        reach = h * support

        def window(x):
            # Re-sort when the caller has grown or shrunk the data since the last call.
            if len(data) != state[0]:
                state[0], state[1] = len(data), sorted(data)
            sample = state[1]
            return sample, bisect_left(sample, x - reach), bisect_right(sample, x + reach)

        if cumulative:
            def cdf(x):
                sample, low, high = window(x)
                inside = sum(cdf_kernel((x - x_i) / h) for x_i in sample[low:high])
                return (inside + low) / state[0]
            estimate = cdf
        else:
            def pdf(x):
                sample, low, high = window(x)
                return sum(pdf_kernel((x - x_i) / h) for x_i in sample[low:high]) / (state[0] * h)
            estimate = pdf
    kind = 'CDF' if cumulative else 'PDF'
    estimate.__doc__ = f'{kind} estimate with {h=!r} and {kernel=!r}'
    estimate.__qualname__ = 'kde.<locals>.' + estimate.__name__
    return estimate


def make_kde_random(data, h, kernel, seed, error):
    """A function drawing random values from the density that make_kde estimates."""
    import random
    count = len(data)
    if not count:
        raise error('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise error(f'Bandwidth h must be positive, not {h=!r}')
    invcdf = _lookup(kernel, error)[2]
    generator = random.Random(seed)
    choice, uniform = generator.choice, generator.random

    def rand():
        return choice(data) + h * invcdf(uniform())

    rand.__doc__ = f'Random KDE selection with {h=!r} and {kernel=!r}'
    rand.__qualname__ = 'kde_random.<locals>.rand'
    return rand
