"""JSON round-trips: encoding nested records to text and decoding them back.

Builds a list of records with nested dicts, lists, strings with escapes and non-ASCII text,
integers, floats, booleans and nulls; serializes with several json.dumps option sets (compact
separators, indent, sort_keys, ensure_ascii off) and parses the results, checking the data
survives. Exercises the json module and the dict, list and str work around it. The checksum
combines the text lengths and values read back.
"""
import json

DEFAULT_N = 18_000


def make_records(count):
    records = []
    for i in range(count):
        records.append({
            "id": i,
            "name": f"item-{i:05d}",
            "label": "caf\u00e9 \u2603 \"quoted\" \\ tab\t" if i % 7 == 0 else f"plain label {i}",
            "price": i * 1.25 + 0.5,
            "ratio": i / 8,
            "active": i % 3 == 0,
            "parent": None if i % 5 else i // 5,
            "tags": [f"t{(i * k) % 13}" for k in range(i % 6)],
            "dimensions": {"w": i % 17, "h": (i * 3) % 11, "d": [i % 2, i % 4, i % 8]},
            "history": [{"step": k, "delta": k - i % 4} for k in range(i % 4)],
        })
    return records


def round_trip(records):
    lengths = 0
    checks = 0
    variants = (
        {},
        {"separators": (",", ":")},
        {"indent": 2, "sort_keys": True},
        {"ensure_ascii": False},
    )
    for options in variants:
        text = json.dumps(records, **options)
        lengths += len(text)
        back = json.loads(text)
        if back != records:
            raise RuntimeError(f"round trip with {options} changed the data")
        checks += sum(r["dimensions"]["w"] + len(r["tags"]) for r in back)
    for record in records[::10]:
        text = json.dumps(record, sort_keys=True)
        lengths += len(text)
        checks += json.loads(text)["id"]
    return lengths, checks


def main(n=DEFAULT_N):
    records = make_records(n)
    lengths, checks = round_trip(records)
    total_price = sum(r["price"] for r in json.loads(json.dumps(records)))
    return f"{lengths} {checks} {total_price:.2f}"


if __name__ == "__main__":
    print(main())
