"""Regular expressions: parsing, searching and rewriting a generated server log.

Compiled patterns with named groups, alternation, character classes, lazy and greedy repetition,
lookahead, backreferences and flags; used through match, search, finditer, findall, split and sub
with both template and function replacements. Exercises the re module on ASCII text. The
checksum counts matches and digests the rewritten text.
"""
import re

DEFAULT_N = 45_000

LINE = re.compile(
    r"^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>[a-z_][a-z0-9_]*|-) "
    r"\[(?P<day>\d\d)/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]{8})\] "
    r"\"(?P<method>GET|POST|PUT|DELETE) (?P<path>/[^ ?\"]*)(?:\?(?P<query>[^ \"]*))? HTTP/1\.[01]\" "
    r"(?P<status>[1-5]\d\d) (?P<size>\d+|-)$")
QUERY_PAIR = re.compile(r"([^=&]+)=([^&]*)")
NUMBER_IN_PATH = re.compile(r"/(\d+)(?=/|$)")
REPEATED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.(?:com|org|net)\b")
SPLITTER = re.compile(r"[/_.-]+")
QUOTED = re.compile(r'"(.*?)"')

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PATHS = ["/api/users/{}", "/api/orders/{}/items", "/static/img_{}.png", "/search",
         "/blog/2024/{}/the-the-post", "/account/settings", "/api/users/{}/contact/{}"]
USERS = ["alice", "bob", "carol_1", "-", "dave99", "eve"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]


def generate_log(count):
    lines = []
    state = 42
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        path = PATHS[state % len(PATHS)].format(state % 997, i % 13)
        query = ""
        if state % 3 == 0:
            query = f"?q=word{state % 50}&page={i % 9}&email=user{i % 20}@example.com"
        size = "-" if state % 11 == 0 else str(state % 50_000)
        lines.append(
            f"10.{state % 256}.{(state >> 8) % 256}.{i % 256} - {USERS[state % len(USERS)]} "
            f"[{1 + i % 28:02d}/{MONTHS[i % 12]}/2024:{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}] "
            f"\"{METHODS[(state >> 4) % len(METHODS)]} {path}{query} HTTP/1.1\" "
            f"{(200, 200, 201, 304, 404, 500)[(state >> 6) % 6]} {size}")
    return lines


def analyze(lines):
    statuses = {}
    bytes_sent = 0
    users = set()
    ids = 0
    parameters = 0
    emails = 0
    repeated = 0
    parts = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            raise RuntimeError(f"unparsed line: {line}")
        statuses[m["status"]] = statuses.get(m["status"], 0) + 1
        if m["size"] != "-":
            bytes_sent += int(m["size"])
        users.add(m.group("user"))
        path = m["path"]
        ids += sum(int(x) for x in NUMBER_IN_PATH.findall(path))
        parts += len(SPLITTER.split(path))
        if REPEATED_WORD.search(path.replace("-", " ")):
            repeated += 1
        query = m["query"]
        if query:
            parameters += len(QUERY_PAIR.findall(query))
            emails += sum(1 for _ in EMAIL.finditer(query))
    return statuses, bytes_sent, len(users), ids, parameters, emails, repeated, parts


def anonymize(lines):
    text = "\n".join(lines)
    text = re.sub(r"\b(\d+)\.(\d+)\.(\d+)\.(\d+)\b", r"\1.\2.x.x", text)
    text = EMAIL.sub(lambda m: m.group(0)[0] + "***@" + m.group(0).split("@")[1], text)
    text = re.sub(r"(?m)^(\S+) - (\w+)", lambda m: f"{m[1]} - {m[2].upper()}", text)
    quoted = sum(len(q) for q in QUOTED.findall(text))
    return text, quoted


def digest(text):
    h = 0
    for ch in text[::5]:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def main(n=DEFAULT_N):
    lines = generate_log(n)
    statuses, bytes_sent, users, ids, parameters, emails, repeated, parts = analyze(lines)
    text, quoted = anonymize(lines)
    status_text = ",".join(f"{k}:{v}" for k, v in sorted(statuses.items()))
    return (f"{status_text} {bytes_sent} {users} {ids} {parameters} {emails} {repeated} {parts} "
            f"{quoted} {digest(text)}")


if __name__ == "__main__":
    print(main())
