"""String building: join, f-strings, concatenation, methods."""


def main():
    parts = []
    for i in range(100_000):
        parts.append(f"{i}:{i * 2}")
    text = ",".join(parts)
    words = text.split(",")
    s = ""
    for w in words[:20_000]:
        s += w.upper()
    return len(text), len(words), len(s), text.count("9")


print(main())
