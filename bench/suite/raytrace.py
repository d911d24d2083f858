"""Ray tracer: spheres over a checkered plane, with shadows, specular highlights and reflection.

A small vector class with operator overloading, a scene of objects behind a common interface and
recursive reflection rays. Exercises float math, allocation of short-lived objects, special
method dispatch and method calls. The checksum sums the rendered pixels quantized to 0..255.
"""
import math

DEFAULT_N = 180
EPSILON = 1e-5
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def times(self, other):
        """The component-wise product, used to tint one color by another."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Surface:
    """How an object's material answers light: diffuse color, shininess and reflectivity."""

    def __init__(self, color, specular, shininess, reflect):
        self.color = color
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def diffuse_at(self, point):
        return self.color


class Checkerboard(Surface):
    def __init__(self, even, odd, reflect):
        super().__init__(even, 0.3, 20, reflect)
        self.odd = odd

    def diffuse_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.odd


class Sphere:
    def __init__(self, center, radius, surface):
        self.center = center
        self.radius2 = radius * radius
        self.surface = surface

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, normal, offset, surface):
        self.normal = normal.normalized()
        self.offset = offset
        self.surface = surface

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = -(self.normal.dot(ray.origin) + self.offset) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, 1.0, 0.0), 0.0,
                  Checkerboard(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.4)),
            Sphere(Vec(0.0, 1.0, -0.25), 1.0, Surface(Vec(0.8, 0.2, 0.2), 0.6, 40, 0.3)),
            Sphere(Vec(-1.8, 0.6, 1.2), 0.6, Surface(Vec(0.2, 0.7, 0.3), 0.4, 20, 0.2)),
            Sphere(Vec(1.6, 0.5, 1.0), 0.5, Surface(Vec(0.2, 0.3, 0.9), 0.9, 80, 0.5)),
        ]
        self.lights = [
            Light(Vec(-2.0, 2.5, 0.0), Vec(0.49, 0.07, 0.07)),
            Light(Vec(1.5, 2.5, 1.5), Vec(0.07, 0.07, 0.49)),
            Light(Vec(1.5, 2.5, -1.5), Vec(0.07, 0.49, 0.071)),
            Light(Vec(0.0, 3.5, 0.0), Vec(0.21, 0.21, 0.35)),
        ]
        self.background = Vec(0.05, 0.05, 0.1)

    def closest(self, ray):
        best_t = math.inf
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        surface = obj.surface
        reflected = ray.direction - normal * (2.0 * normal.dot(ray.direction))
        color = self.shade(point, normal, reflected, surface)
        if depth < MAX_DEPTH and surface.reflect > 0.0:
            bounce = self.trace(Ray(point + normal * EPSILON, reflected), depth + 1)
            color = color + bounce * surface.reflect
        return color

    def shade(self, point, normal, reflected, surface):
        diffuse = surface.diffuse_at(point)
        color = diffuse * 0.1
        for light in self.lights:
            offset = light.position - point
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point + normal * EPSILON, to_light, distance):
                continue
            color = color + diffuse.times(light.color) * lambert
            highlight = reflected.dot(to_light)
            if highlight > 0.0:
                color = color + light.color * (surface.specular * highlight ** surface.shininess)
        return color


class Camera:
    def __init__(self, position, look_at, width, height):
        self.position = position
        self.forward = (look_at - position).normalized()
        self.right = self.forward.cross(Vec(0.0, -1.0, 0.0)).normalized() * 1.5
        self.up = self.forward.cross(self.right).normalized() * 1.5
        self.width = width
        self.height = height

    def ray_for(self, px, py):
        sx = (px - self.width / 2.0) / (2.0 * self.width)
        sy = -(py - self.height / 2.0) / (2.0 * self.height)
        direction = (self.forward + self.right * sx + self.up * sy).normalized()
        return Ray(self.position, direction)


def quantize(channel):
    return 255 if channel >= 1.0 else int(channel * 255.0) if channel > 0.0 else 0


def render(size):
    scene = Scene()
    camera = Camera(Vec(3.0, 2.0, 4.0), Vec(-1.0, 0.5, 0.0), size, size)
    total = 0
    for py in range(size):
        for px in range(size):
            color = scene.trace(camera.ray_for(px, py), 0)
            total += quantize(color.x) + 3 * quantize(color.y) + 7 * quantize(color.z)
    return total


def main(n=DEFAULT_N):
    return render(n)


if __name__ == "__main__":
    print(main())
