# Attribute- and method-heavy object code: particles in a small class hierarchy moved n steps.
# Each step reads and writes instance attributes, calls methods (some overridden and reaching the
# base through super()), reads a property and calls a classmethod: the cost of instance dicts,
# method binding, descriptors and super() lookups. The benchmarks call `run(n)`; as a script it
# runs the whole-process size.
class Particle:
    count = 0

    def __init__(self, x, v):
        self.x = x
        self.v = v
        Particle.count += 1

    @property
    def energy(self):
        return self.v * self.v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 1000 or self.x < -1000:
            self.v = -self.v
        return self.x

    @classmethod
    def limit(cls):
        return 1000


class Damped(Particle):
    def __init__(self, x, v, damping):
        super().__init__(x, v)
        self.damping = damping

    def step(self, dt):
        x = super().step(dt)
        if self.v > self.damping:
            self.v -= self.damping
        return x


def run(n):
    particles = [Particle(i, i % 7 + 1) for i in range(50)] + [Damped(i, i % 5 + 3, 1) for i in range(50)]
    total = 0
    for _ in range(n):
        for p in particles:
            total += p.step(1) % 10 + p.energy % 3
        total += particles[0].limit()
    return total


if __name__ == "__main__":
    print(run(20_000))
