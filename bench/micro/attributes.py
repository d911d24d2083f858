"""Instance attribute reads and writes, method calls, a property."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def main():
    p = Point(0, 0)
    total = 0
    for i in range(200_000):
        p = p.moved(1)
        p.y = p.y + 1
        total += p.norm1
    return total


print(main())
