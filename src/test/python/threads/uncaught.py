# An exception that ends a thread goes to threading.excepthook (default: printed on stderr);
# the program and its other threads go on, and the exit status stays 0.
import sys
import threading

def boom():
    raise KeyError("lost")

t = threading.Thread(target=boom, name="failing")
t.start()
t.join()
print("after failing thread", t.is_alive())

def exits():
    sys.exit(3)

t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")

captured = []
class Sink:
    def write(self, text):
        captured.append(text)
    def flush(self):
        pass

real = sys.stderr
sys.stderr = Sink()
try:
    t = threading.Thread(target=boom, name="captured")
    t.start()
    t.join()
finally:
    sys.stderr = real
text = "".join(captured)
print(text.splitlines()[0])
print(text.splitlines()[1])
print(text.splitlines()[-1])
