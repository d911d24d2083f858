"""Integer arithmetic in while and for loops."""


def main():
    s = 0
    i = 0
    while i < 1_000_000:
        s += i * 3 % 7
        i += 1
    for j in range(1_000_000):
        if j & 1:
            s -= j >> 2
    return s


print(main())
