"""N-queens: every placement of n queens on an n-by-n board, found two ways.

A recursive generator with set-based conflict checks, and an iterative search over column
permutations that rejects diagonal clashes. Exercises generators, recursion, sets, tuples and
small-integer arithmetic. The checksum counts the solutions and folds in their positions.
"""

DEFAULT_N = 11


def place(n, row, columns, diagonals, anti_diagonals, queens):
    if row == n:
        yield tuple(queens)
        return
    for col in range(n):
        if col in columns or row - col in diagonals or row + col in anti_diagonals:
            continue
        columns.add(col)
        diagonals.add(row - col)
        anti_diagonals.add(row + col)
        queens.append(col)
        yield from place(n, row + 1, columns, diagonals, anti_diagonals, queens)
        queens.pop()
        columns.discard(col)
        diagonals.discard(row - col)
        anti_diagonals.discard(row + col)


def solutions_by_sets(n):
    return list(place(n, 0, set(), set(), set(), []))


def safe(queens, col):
    row = len(queens)
    for r, c in enumerate(queens):
        if abs(c - col) == row - r:
            return False
    return True


def solutions_by_permutations(n):
    """Depth-first over partial permutations kept on an explicit stack."""
    found = []
    stack = [((), frozenset(range(n)))]
    while stack:
        queens, free = stack.pop()
        if not free:
            found.append(queens)
            continue
        for col in sorted(free, reverse=True):
            if safe(queens, col):
                stack.append((queens + (col,), free - {col}))
    return found


def fold(solutions):
    total = 0
    for solution in solutions:
        code = 0
        for col in solution:
            code = code * 31 + col
        total = (total + code) % 1_000_000_007
    return total


def main(n=DEFAULT_N):
    by_sets = solutions_by_sets(n)
    by_permutations = solutions_by_permutations(n)
    if sorted(by_sets) != sorted(by_permutations):
        raise RuntimeError("the two searches disagree")
    return f"{len(by_sets)} {fold(by_sets)} {fold(by_permutations)}"


if __name__ == "__main__":
    print(main())
