"""Richards: a simulated operating-system scheduler passing packets between prioritized tasks.

One idle task, one worker, two handlers and two devices exchange work and device packets through
per-task queues; the scheduler always runs the highest-priority runnable task. Exercises method
calls, virtual dispatch, attribute access and linked lists. The checksum is the number of packets
queued and of times a task held.
"""

DEFAULT_N = 22

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue (a packet or None); returns the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: priority, input queue and the three state flags."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.holding = False
        self.next = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def blocked(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        packet = None
        if self.waiting and self.packet_pending and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def receive(self, packet, sender):
        """Queues packet for this task; returns the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= BUFFER_SIZE:
                self.work = work.link
                return self.scheduler.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.scheduler.send(device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.output = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            pending, self.pending = self.pending, None
            return self.scheduler.send(pending)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) & 0xFFFF
        return self.scheduler.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = {}
        self.current = None
        self.queued = 0
        self.held = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.run()

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.held += 1
        self.current.holding = True
        return self.current.next

    def release(self, ident):
        task = self.table[ident]
        task.holding = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        target = self.table[packet.destination]
        self.queued += 1
        packet.link = None
        packet.destination = self.current.ident
        return target.receive(packet, self.current)


def simulate(count):
    scheduler = Scheduler()
    IdleTask(scheduler, count)
    work = Packet(None, 0, WORK_PACKET)
    work = Packet(work, 0, WORK_PACKET)
    worker = WorkerTask(scheduler, work)
    worker.waiting = True
    for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        handler = HandlerTask(scheduler, ident, priority, queue)
        handler.waiting = True
    for ident, priority in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        DeviceTask(scheduler, ident, priority).waiting = True
    scheduler.schedule()
    outputs = [scheduler.table[d].output for d in (DEVICE_A, DEVICE_B)]
    return scheduler.queued, scheduler.held, outputs


def main(n=DEFAULT_N):
    results = [simulate(10_000 + i) for i in range(n)]
    queued = sum(q for q, _, _ in results)
    held = sum(h for _, h, _ in results)
    output = sum(sum(o) for _, _, o in results)
    return f"{queued} {held} {output}"


if __name__ == "__main__":
    print(main())
