# statistics: NormalDist.inv_cdf/quantiles/overlap/samples, kde and kde_random (3.13),
# and the main functions with Fraction and Decimal data.
import statistics as st
from statistics import NormalDist, StatisticsError
from decimal import Decimal
from fractions import Fraction


def r(values):
    return [round(v, 10) for v in values]


n = NormalDist(1.5, 2)
print(n.inv_cdf(0.3), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(0.99999), n.inv_cdf(0.5))
print(n.quantiles(), n.quantiles(10))
print(round(n.overlap(NormalDist(2, 3)), 12), round(n.overlap(NormalDist(3, 2)), 12),
      NormalDist(0, 1).overlap(NormalDist(0, 1)))
for bad in [0, 1, -1, 1.5]:
    try:
        n.inv_cdf(bad)
    except StatisticsError as e:
        print("StatisticsError", e)
try:
    n.overlap(3)
except TypeError as e:
    print("TypeError", e)
try:
    NormalDist(0, 0).overlap(n)
except StatisticsError as e:
    print("StatisticsError", e)
print(NormalDist(0, 0).inv_cdf(0.3))
print(n.samples(3, seed=5), r(NormalDist(0, 1).samples(2, seed="abc")))
print(n.__getstate__())
m = NormalDist.__new__(NormalDist)
m.__setstate__((1.0, 2.0))
print(m, m == NormalDist(1, 2))
print(NormalDist.from_samples([1, 2, 4, 8]))

data = [1.0, 2.5, 2.0, 7.0]
for kernel in ["normal", "gauss", "logistic", "sigmoid", "rectangular", "uniform",
               "triangular", "parabolic", "epanechnikov", "quartic", "biweight",
               "triweight", "cosine"]:
    pdf = st.kde(data, 1.3, kernel)
    cdf = st.kde(data, 1.3, kernel, cumulative=True)
    rand = st.kde_random(data, 1.3, kernel, seed=42)
    print(kernel, r(pdf(x) for x in (0.5, 2.0, 3.1, 7.0, 100.0)),
          r(cdf(x) for x in (-50.0, 0.5, 2.0, 3.1, 7.0)), r(rand() for _ in range(4)))
pdf = st.kde([1, 2, 5], 1.5)
print(pdf.__doc__, pdf.__name__, pdf.__qualname__)
cdf = st.kde([1, 2, 5], 1.5, "triangular", cumulative=True)
print(cdf.__doc__, cdf.__name__)
growing = [1.0, 2.0]
tri = st.kde(growing, 1.0, "triangular")
print(tri(1.5))
growing.append(1.5)
print(round(tri(1.5), 12))
rand = st.kde_random([1, 2, 5], 1.5, seed=3)
print(rand.__doc__, rand.__name__, rand.__qualname__)
for args in [([], 1), ([1, 2], 0), ([1, 2], -1.5), ([1, 2], 1, "bogus"), (["a"], 1)]:
    for fn in (st.kde, st.kde_random):
        try:
            fn(*args)
        except (StatisticsError, TypeError) as e:
            print(fn.__name__, type(e).__name__, e)

# Fraction and Decimal data
fr = [Fraction(1, 3), Fraction(2, 3), Fraction(5, 4), Fraction(7, 2)]
de = [Decimal("1.5"), Decimal("2.25"), Decimal("3.5"), Decimal("0.75")]
for values in (fr, de):
    for name in ["mean", "median", "median_low", "median_high", "mode", "variance",
                 "pvariance", "stdev", "pstdev", "harmonic_mean"]:
        try:
            result = getattr(st, name)(values)
            print(name, type(result).__name__, result)
        except Exception as e:
            print(name, type(e).__name__, e)
    print(st.fmean(values), round(st.geometric_mean(values), 12), st.quantiles(values, n=3))
print(st.variance(de, Decimal("2")), st.pvariance(fr, Fraction(1)))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.multimode("aabbbbccddddeeffffgg"), st.mode(["x", "y", "y"]))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]),
      st.correlation([1, 2, 3, 4, 5], [5, 3, 4, 1, 2], method="ranked"))
print(st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]),
      st.linear_regression([1, 2, 3, 4], [2, 4, 5, 9], proportional=True))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7], n=4, method="inclusive"))
