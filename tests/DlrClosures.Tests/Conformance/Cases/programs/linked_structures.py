# skip: needs user classes derived from built-in types (Exception, list, dict, str): branch i9-subclass, not merged yet
# Linked structures with the iteration protocols: a linked list with __iter__/__reversed__/
# __contains__/__getitem__, a binary search tree whose traversals are recursive generators, an
# explicit iterator class with __next__, and a list subclass that keeps itself sorted.


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


class Tree:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)
        return self

    def inorder(self, node=None, top=True):
        node = self.root if top else node
        if node:
            yield from self.inorder(node[1], False)
            yield node[0]
            yield from self.inorder(node[2], False)

    def levels(self):
        frontier = [self.root] if self.root else []
        while frontier:
            yield [n[0] for n in frontier]
            frontier = [c for n in frontier for c in n[1:] if c]


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

    def __repr__(self):
        return f"SortedList({list.__repr__(self)})"


ll = LinkedList("abcde")
print(ll, len(ll), list(reversed(ll)), "c" in ll, "z" in ll, ll[1], ll[-1], ll[1:4])
try:
    ll[9]
except IndexError as e:
    print("IndexError:", e)
t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t.inorder()), list(t.levels()))
print(list(Countdown(4)), sum(Countdown(100)), max(Countdown(3)), list(zip(Countdown(3), "xyz")))
c = Countdown(2)
print(next(c), next(c), next(c, "done"), iter(c) is c)
s = SortedList([5, 1, 4])
for x in (3, 0, 9, 4):
    s.add(x)
print(s, len(s), s[0], s[-1], isinstance(s, list), s + [100], type(s[1:3]).__name__)
