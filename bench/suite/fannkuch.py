"""Fannkuch-redux: pancake flips over every permutation of n elements.

For each permutation, the first element k says to reverse the first k + 1 elements, until a 1 comes
first. Exercises list slicing, slice assignment and integer loops. The checksum is the alternating
sum of flip counts and the largest flip count.
"""

DEFAULT_N = 9


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            counts[r - 1] = r
            r -= 1
        first = perm[0]
        if first:
            work = perm[:]
            flips = 0
            while first:
                work[:first + 1] = work[first::-1]
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        # Next permutation in the counting order: rotate the first r + 1 elements left.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            r += 1
        sign = -sign


def main(n=DEFAULT_N, repeat=2):
    results = {fannkuch(n) for _ in range(repeat)}
    (checksum, max_flips), = results
    return f"{checksum} {max_flips}"


if __name__ == "__main__":
    print(main())
