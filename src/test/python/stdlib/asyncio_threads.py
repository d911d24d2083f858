# asyncio with threads: executors, to_thread, call_soon_threadsafe,
# run_coroutine_threadsafe, wrap_future; the running loop is per thread.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

request = contextvars.ContextVar("request", default="none")


def blocking(x, delay=0.01):
    time.sleep(delay)
    return x * 2


def in_thread_name():
    return threading.current_thread() is not threading.main_thread()


def read_var():
    return request.get()


def fails():
    raise ValueError("from thread")


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 21))
    print(await loop.run_in_executor(None, in_thread_name))
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(5)))
    print(results)
    try:
        await loop.run_in_executor(None, fails)
    except ValueError as e:
        print("executor raised", e)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, blocking, 5))

    request.set("main value")
    print(await asyncio.to_thread(read_var))
    print(await asyncio.to_thread(blocking, 4, delay=0))
    print(await loop.run_in_executor(None, read_var))

    # A thread wakes the sleeping loop with call_soon_threadsafe.
    done = loop.create_future()

    def worker():
        time.sleep(0.02)
        loop.call_soon_threadsafe(done.set_result, "woken by thread")

    t = threading.Thread(target=worker)
    t.start()
    print(await done)
    t.join()

    # The running loop is per thread.
    seen = []

    def check_loop():
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            seen.append(str(e))

    t = threading.Thread(target=check_loop)
    t.start()
    t.join()
    print(seen)

    # wrap_future
    with concurrent.futures.ThreadPoolExecutor() as pool:
        cf = pool.submit(blocking, 7)
        wrapped = asyncio.wrap_future(cf)
        print(asyncio.isfuture(wrapped), await wrapped)
        print(asyncio.wrap_future(wrapped) is wrapped)


asyncio.run(main())


# run_coroutine_threadsafe: a loop runs in a thread, the main thread submits.
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def slow_forever():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
started = threading.Event()


def run_loop():
    asyncio.set_event_loop(loop)
    loop.call_soon(started.set)
    loop.run_forever()

t = threading.Thread(target=run_loop)
t.start()
started.wait()
fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
print(type(fut).__name__, fut.result(timeout=5))
fut = asyncio.run_coroutine_threadsafe(slow_forever(), loop)
time.sleep(0.02)
fut.cancel()
time.sleep(0.05)
print("cancelled:", fut.cancelled())
loop.call_soon_threadsafe(loop.stop)
t.join()
print(loop.is_running())
loop.close()
try:
    asyncio.run_coroutine_threadsafe(1, loop)
except TypeError as e:
    print(e)


def thread_main():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("thread:", str(e).startswith("There is no current event loop in thread"))
    print("thread run:", asyncio.run(add(1, 1)))

t = threading.Thread(target=thread_main)
t.start()
t.join()
