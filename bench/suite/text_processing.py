"""Text processing: generating a document, counting words, and building reports as strings.

A deterministic generator writes sentences from a vocabulary; the benchmark then splits, cleans,
counts words and bigrams in dicts, finds the most frequent entries, wraps lines, builds an index
with str methods and formatting, and reverses and re-joins words. Exercises str methods, dict
updates, sorting with keys, joins and f-strings. The checksum digests the produced strings.
"""

DEFAULT_N = 40_000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "dan", "or", "ith", "el", "um"]
PUNCTUATION = [".", ",", ";", "!", "?", ""]


def vocabulary(size):
    words = []
    for i in range(size):
        word = ""
        j = i
        while True:
            word += SYLLABLES[j % len(SYLLABLES)]
            j //= len(SYLLABLES)
            if j == 0:
                break
        words.append(word)
    return words


def document(sentences, words):
    state = 12345
    lines = []
    for s in range(sentences):
        parts = []
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 4 + state % 12
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # Skewed choice: small indexes are much more common, like real word frequencies.
            word = words[(state >> 8) % (1 + (state >> 4) % len(words))]
            if k == 0:
                word = word.capitalize()
            parts.append(word)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lines.append(" ".join(parts) + PUNCTUATION[state % len(PUNCTUATION)])
    return "\n".join(lines)


def word_counts(text):
    counts = {}
    bigrams = {}
    previous = None
    for raw in text.split():
        word = raw.strip(".,;!?").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        if previous is not None:
            key = previous + " " + word
            bigrams[key] = bigrams.get(key, 0) + 1
        previous = word
    return counts, bigrams


def top(counts, k):
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]


def wrap(text, width):
    lines = []
    line = []
    used = 0
    for word in text.split():
        if used + len(word) + len(line) > width and line:
            lines.append(" ".join(line))
            line = []
            used = 0
        line.append(word)
        used += len(word)
    if line:
        lines.append(" ".join(line))
    return lines


def report(counts, bigrams):
    out = []
    for rank, (word, count) in enumerate(top(counts, 40), 1):
        out.append(f"{rank:>3}. {word:<12} {count:6d} {'#' * min(count // 50, 30)}")
    for pair, count in top(bigrams, 20):
        left, _, right = pair.partition(" ")
        out.append("%-10s -> %-10s %5d" % (left.upper(), right.title(), count))
    initials = {}
    for word in counts:
        initials.setdefault(word[0], []).append(word)
    for letter in sorted(initials):
        group = sorted(initials[letter])
        out.append(letter + ": " + ", ".join(group[:5]) + (" ..." if len(group) > 5 else ""))
    return "\n".join(out)


def transform(text):
    pieces = []
    for line in text.splitlines():
        words = line.rstrip(".,;!?").split(" ")
        mirrored = " ".join(w[::-1] for w in reversed(words))
        pieces.append(mirrored.replace("a", "4").replace("e", "3").center(80, "-"))
    return "|".join(pieces)


def digest(text):
    h = 0
    for ch in text[::7]:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main(n=DEFAULT_N):
    words = vocabulary(600)
    text = document(n, words)
    counts, bigrams = word_counts(text)
    wrapped = wrap(text, 72)
    summary = report(counts, bigrams)
    mirrored = transform(text)
    return (f"{len(counts)} {len(bigrams)} {len(wrapped)} {digest(summary)} "
            f"{digest(mirrored)} {digest(''.join(wrapped))}")


if __name__ == "__main__":
    print(main())
