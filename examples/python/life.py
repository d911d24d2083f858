"""Conway's game of life on a small torus: a glider crossing the board."""

WIDTH, HEIGHT = 10, 8


def step(alive):
    counts = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % WIDTH, (y + dy) % HEIGHT)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def show(alive):
    return "\n".join("".join("#" if (x, y) in alive else "." for x in range(WIDTH)) for y in range(HEIGHT))


board = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for generation in range(4):
    print(f"generation {generation}:")
    print(show(board))
    board = step(board)
print("cells alive after 4 steps:", len(board))
