"""Chaos game: iterated function systems drawn by random affine maps, with float post-processing.

Several classic fractals (a fern, a Sierpinski triangle, a maple-leaf style set and a spiral) are
drawn by choosing weighted affine maps with a linear congruential generator, so every interpreter
draws the same points. The points are splatted into a histogram with bilinear weights, then the
histogram is smoothed and tone-mapped. Exercises float arithmetic, tuples, list indexing and
bisection. The checksum summarizes the tone-mapped image.
"""
import bisect
import math

DEFAULT_N = 900_000
GRID = 96

# Each map: (a, b, c, d, e, f, weight) for x' = a*x + b*y + e, y' = c*x + d*y + f.
SYSTEMS = {
    "fern": [
        (0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        (0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        (0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ],
    "sierpinski": [
        (0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        (0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        (0.5, 0.0, 0.0, 0.5, 0.25, 0.433, 1.0),
    ],
    "leaf": [
        (0.14, 0.01, 0.0, 0.51, -0.08, -1.31, 0.1),
        (0.43, 0.52, -0.45, 0.5, 1.49, -0.75, 0.35),
        (0.45, -0.49, 0.47, 0.47, -1.62, -0.74, 0.35),
        (0.49, 0.0, 0.0, 0.51, 0.02, 1.62, 0.2),
    ],
    "spiral": [
        (0.787879, -0.424242, 0.242424, 0.859848, 1.758647, 1.408065, 0.9),
        (-0.121212, 0.257576, 0.151515, 0.053030, -6.721654, 1.377236, 0.05),
        (0.181818, -0.136364, 0.090909, 0.181818, 6.086107, 1.568035, 0.05),
    ],
}


class Lcg:
    """A 48-bit linear congruential generator, the same on every interpreter."""

    def __init__(self, seed):
        self.state = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def random(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return (self.state >> 22) / float(1 << 26)


def cumulative(weights):
    total = sum(weights)
    running = 0.0
    bounds = []
    for w in weights:
        running += w / total
        bounds.append(running)
    bounds[-1] = 1.0
    return bounds


def orbit(maps, count, rng):
    bounds = cumulative([m[6] for m in maps])
    x = y = 0.0
    points = []
    for i in range(count):
        a, b, c, d, e, f, _ = maps[bisect.bisect_right(bounds, rng.random())]
        x, y = a * x + b * y + e, c * x + d * y + f
        if i >= 20:
            points.append((x, y))
    return points


def splat(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    scale = (GRID - 2) / max(max_x - min_x, max_y - min_y, 1e-9)
    grid = [[0.0] * GRID for _ in range(GRID)]
    for x, y in points:
        gx = (x - min_x) * scale
        gy = (y - min_y) * scale
        ix = int(gx)
        iy = int(gy)
        fx = gx - ix
        fy = gy - iy
        row, below = grid[iy], grid[iy + 1]
        row[ix] += (1.0 - fx) * (1.0 - fy)
        row[ix + 1] += fx * (1.0 - fy)
        below[ix] += (1.0 - fx) * fy
        below[ix + 1] += fx * fy
    return grid


def smooth(grid):
    size = len(grid)
    out = [[0.0] * size for _ in range(size)]
    for y in range(1, size - 1):
        above, row, below, target = grid[y - 1], grid[y], grid[y + 1], out[y]
        for x in range(1, size - 1):
            target[x] = (4.0 * row[x] + row[x - 1] + row[x + 1] + above[x] + below[x]) / 8.0
    return out


def tone_map(grid):
    peak = max(max(row) for row in grid)
    levels = []
    for row in grid:
        for value in row:
            levels.append(int(255.0 * math.sqrt(value / peak)) if value > 0.0 else 0)
    return levels


def main(n=DEFAULT_N):
    summary = []
    for seed, name in enumerate(sorted(SYSTEMS)):
        points = orbit(SYSTEMS[name], n // len(SYSTEMS), Lcg(seed + 1))
        levels = tone_map(smooth(splat(points)))
        lit = sum(1 for v in levels if v)
        weighted = sum(i * v for i, v in enumerate(levels)) % 1_000_003
        summary.append(f"{name}:{lit}:{weighted}")
    return " ".join(summary)


if __name__ == "__main__":
    print(main())
