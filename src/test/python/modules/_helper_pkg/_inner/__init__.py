print("executing _helper_pkg._inner/__init__")
