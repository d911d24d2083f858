"""Counts the words of the files named on the command line (or of standard input)."""
import sys
from collections import Counter


def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha():
            word.append(ch)
        elif word:
            yield "".join(word)
            word.clear()
    if word:
        yield "".join(word)


def main(paths):
    counts = Counter()
    if not paths:
        counts.update(words(sys.stdin.read()))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            counts.update(words(f.read()))
    for word, n in counts.most_common(5):
        print(f"{n:4} {word}")


if __name__ == "__main__":
    main(sys.argv[1:])
