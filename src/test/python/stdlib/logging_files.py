# FileHandler, delayed opening, shutdown, basicConfig(filename=...).
import logging
import os
import tempfile


def reset():
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
        h.close()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    fh = logging.FileHandler(path, mode="w", encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    print(repr(fh).replace(tmp, "TMP"), fh.baseFilename == path, fh.mode, fh.encoding)
    log = logging.getLogger("files")
    log.addHandler(fh)
    log.warning("first line")
    log.error("second line é")
    fh.close()
    log.removeHandler(fh)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    delayed = logging.FileHandler(os.path.join(tmp, "late.log"), delay=True)
    print(delayed.stream, os.path.exists(os.path.join(tmp, "late.log")))
    log.addHandler(delayed)
    log.warning("now it opens")
    log.removeHandler(delayed)
    logging.shutdown()
    print(os.path.exists(os.path.join(tmp, "late.log")), delayed.stream)
    with open(os.path.join(tmp, "late.log")) as f:
        print(repr(f.read()))
    logging.basicConfig(filename=os.path.join(tmp, "basic.log"), filemode="w",
                        format="%(message)s", level=logging.INFO)
    logging.info("into the basic file")
    print(type(logging.root.handlers[0]).__name__)
    reset()
    with open(os.path.join(tmp, "basic.log")) as f:
        print(repr(f.read()))
