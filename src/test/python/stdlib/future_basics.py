"""__future__: feature records, and `from __future__ import annotations` keeping annotations as strings."""
from __future__ import annotations

import __future__
import typing


# --- case: feature records
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(repr(__future__.annotations), __future__.CO_FUTURE_ANNOTATIONS)


# --- case: postponed annotations
def f(a: int, b: list[Undefined]) -> Node:
    return a


class Node:
    value: int
    nxt: Node | None = None


print(f.__annotations__, Node.__annotations__)
print(typing.get_type_hints(Node))
print(typing.get_type_hints(f, localns={"Undefined": str}))
