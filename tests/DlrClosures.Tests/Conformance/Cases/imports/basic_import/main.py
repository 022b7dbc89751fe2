# A module next to the main script: its functions and values through the module object.
import shapes
print(shapes.area(3, 4), shapes.UNIT)
print(shapes.describe("box"))
