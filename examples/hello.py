"""A first program: a greeting, a loop and a dictionary."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1

print(greet("Taipan"))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
