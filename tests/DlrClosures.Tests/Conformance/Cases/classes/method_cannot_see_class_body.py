# Names bound in a class body are not visible inside its methods: only via self or the class.
class Scaler:
    factor = 3

    def via_self(self, n):
        return n * self.factor

    def via_class(self, n):
        return n * Scaler.factor

    def bare_name(self, n):
        return n * factor


s = Scaler()
print(s.via_self(2))
print(s.via_class(4))
print(s.bare_name(5))
