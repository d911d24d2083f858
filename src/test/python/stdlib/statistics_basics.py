import statistics as st
from fractions import Fraction as F
d = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2]), st.mean(d), st.mean([F(3, 7), F(1, 21), F(5, 3)]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue"]), st.multimode('aabbbbccddddeeffffgg'))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles([1.5, 2.5, 9.0]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance(d), st.variance([1, 2, 3, 4]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev(d), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5, 6, 7]), st.pstdev([1, 2]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, [v ** 3 for v in x], method='ranked'))
print(st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]), st.linear_regression(x, [2 * v for v in x], proportional=True))
n = st.NormalDist(100, 15)
print(n, n.pdf(110), n.cdf(110), n.mean, n.stdev, n.variance, n + 5, n * 2, n.zscore(130), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1], n=0), lambda: st.NormalDist(0, -1)]:
    try: f()
    except st.StatisticsError as e: print('StatisticsError', e)
print(isinstance(st.StatisticsError(), ValueError), st.multimode([]))
