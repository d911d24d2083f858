"""Go: random playouts on a 9x9 board, with captures, suicide and simple-ko rules.

Each playout fills the board with random legal moves that do not fill a player's own eye, then
scores it by area. A small Monte Carlo move chooser runs playouts for candidate first moves.
Exercises lists as boards, flood fills, sets, method calls and branches. The checksum sums the
scores and names the chosen move.
"""

DEFAULT_N = 80
SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7


class Random:
    """A small xorshift generator, so every interpreter plays the same games."""

    def __init__(self, seed):
        self.state = seed or 1

    def below(self, bound):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x % bound


NEIGHBORS = []
for _point in range(SIZE * SIZE):
    _row, _col = divmod(_point, SIZE)
    NEIGHBORS.append(tuple(
        r * SIZE + c
        for r, c in ((_row - 1, _col), (_row + 1, _col), (_row, _col - 1), (_row, _col + 1))
        if 0 <= r < SIZE and 0 <= c < SIZE))


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.captured = {BLACK: 0, WHITE: 0}

    def copy(self):
        other = Board.__new__(Board)
        other.cells = self.cells[:]
        other.ko = self.ko
        other.to_move = self.to_move
        other.passes = self.passes
        other.captured = dict(self.captured)
        return other

    def group(self, point):
        """The stones connected to point and the set of their liberties."""
        color = self.cells[point]
        stones = {point}
        liberties = set()
        frontier = [point]
        cells = self.cells
        while frontier:
            p = frontier.pop()
            for q in NEIGHBORS[p]:
                c = cells[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == color and q not in stones:
                    stones.add(q)
                    frontier.append(q)
        return stones, liberties

    def is_eye(self, point, color):
        cells = self.cells
        for q in NEIGHBORS[point]:
            if cells[q] != color:
                return False
        return True

    def legal(self, point):
        cells = self.cells
        if cells[point] != EMPTY or point == self.ko:
            return False
        color = self.to_move
        enemy = 3 - color
        for q in NEIGHBORS[point]:
            c = cells[q]
            if c == EMPTY:
                return True
        # No empty neighbor: legal only if it captures or joins a group with another liberty.
        cells[point] = color
        try:
            for q in NEIGHBORS[point]:
                if cells[q] == enemy and not self.group(q)[1]:
                    return True
            return bool(self.group(point)[1])
        finally:
            cells[point] = EMPTY

    def play(self, point):
        color = self.to_move
        enemy = 3 - color
        cells = self.cells
        cells[point] = color
        removed = []
        for q in NEIGHBORS[point]:
            if cells[q] == enemy:
                stones, liberties = self.group(q)
                if not liberties:
                    for s in stones:
                        cells[s] = EMPTY
                    removed.extend(stones)
        self.captured[color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 and len(self.group(point)[0]) == 1 else -1
        self.to_move = enemy
        self.passes = 0

    def pass_move(self):
        self.to_move = 3 - self.to_move
        self.ko = -1
        self.passes += 1

    def random_move(self, rng):
        """A random legal move that does not fill the mover's own eye, or -1 to pass."""
        empties = [p for p, c in enumerate(self.cells) if c == EMPTY]
        while empties:
            i = rng.below(len(empties))
            point = empties[i]
            if not self.is_eye(point, self.to_move) and self.legal(point):
                return point
            empties[i] = empties[-1]
            empties.pop()
        return -1

    def score(self):
        """Black's area score minus White's, komi included."""
        black = white = 0
        seen = set()
        cells = self.cells
        for p, c in enumerate(cells):
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            elif p not in seen:
                region = {p}
                frontier = [p]
                borders = set()
                while frontier:
                    r = frontier.pop()
                    for q in NEIGHBORS[r]:
                        if cells[q] == EMPTY:
                            if q not in region:
                                region.add(q)
                                frontier.append(q)
                        else:
                            borders.add(cells[q])
                seen |= region
                if borders == {BLACK}:
                    black += len(region)
                elif borders == {WHITE}:
                    white += len(region)
        return black - white - KOMI


def playout(board, rng, limit=3 * SIZE * SIZE):
    moves = 0
    while board.passes < 2 and moves < limit:
        point = board.random_move(rng)
        if point < 0:
            board.pass_move()
        else:
            board.play(point)
        moves += 1
    return board.score()


def choose_first_move(rng, candidates, playouts_each):
    best = None
    best_wins = -1
    total = 0
    for point in candidates:
        wins = 0
        for _ in range(playouts_each):
            board = Board()
            board.play(point)
            result = playout(board, rng)
            total += result
            if result > 0:
                wins += 1
        if wins > best_wins:
            best, best_wins = point, wins
    return best, best_wins, total


def main(n=DEFAULT_N):
    rng = Random(20240611)
    scores = sum(playout(Board(), rng) for _ in range(n))
    candidates = [SIZE * r + c for r in (2, 4, 6) for c in (2, 4, 6)]
    best, wins, total = choose_first_move(rng, candidates, max(1, n // 12))
    row, col = divmod(best, SIZE)
    return f"{scores} {total} {'ABCDEFGHJ'[col]}{SIZE - row} {wins}"


if __name__ == "__main__":
    print(main())
